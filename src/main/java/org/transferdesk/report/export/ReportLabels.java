package org.transferdesk.report.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.ReportText;

/**
 * The report's labels in the user's language outside its figure tables (those are {@link ReportTables}'): titles,
 * the narrative, group keys (enum names, {@link AnnualReport#UNSPECIFIED}) of the project list.
 */
final class ReportLabels {
    private ReportLabels() {
    }

    static String title(int year, String part) {
        return I18n.t("reportExport.title", String.valueOf(year), part);
    }

    /** A narrative part's text; a draft (an earlier year's text) or an empty part prints a placeholder. */
    static String narrative(ReportText text, NarrativePart part) {
        String t = text.isDraft() ? "" : text.part(part);
        return t == null || t.isBlank() ? I18n.t("reportExport.notWritten") : t.strip();
    }

    static String yesNo(boolean yes) {
        return I18n.t(yes ? "common.yes" : "common.no");
    }

    /** Enum names joined by ';' (a project row's types and fundings) as labels. */
    static <E extends Enum<E> & Labeled> String list(Class<E> type, String joined) {
        if (joined == null || joined.isBlank()) {
            return "";
        }
        return Arrays.stream(joined.split(";")).map(k -> ReportTables.labelOf(type, k)).collect(Collectors.joining("；"));
    }

    /** 许可（独占）: a licence shows its kind. */
    static String mode(DealMode mode, LicenseKind kind) {
        return mode == DealMode.LICENSE && kind != null ? I18n.t("reportExport.licenceMode", mode.label(), kind.label())
                : mode.label();
    }

    /** A large-contract threshold: 合同金额100万元及以上的合同 (the tables' wording). */
    static String threshold(BigDecimal yuan) {
        return ReportTables.threshold(yuan);
    }
}
