package org.transferdesk.report.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpType;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportText;
import org.transferdesk.common.Money;

/**
 * The report's labels in the user's language: group keys (enum names, {@link AnnualReport#UNSPECIFIED}) and
 * the figure paths of the JSON export (R-REPORT-TRACE), read piece by piece.
 */
final class ReportLabels {
    private static final String SEP = " · ";

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

    static String inWan(String label) {
        return I18n.t("reportExport.inWan", label);
    }

    static String yesNo(boolean yes) {
        return I18n.t(yes ? "common.yes" : "common.no");
    }

    /** The label of an enum constant named {@code key}; UNSPECIFIED and unknown names are shown as such. */
    static <E extends Enum<E> & Labeled> String of(Class<E> type, String key) {
        if (key == null || key.isBlank() || AnnualReport.UNSPECIFIED.equals(key)) {
            return I18n.t("reportExport.unspecified");
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst()
                .map(Labeled::label).orElse(key);
    }

    /** Enum names joined by ';' (a project row's types and fundings) as labels. */
    static <E extends Enum<E> & Labeled> String list(Class<E> type, String joined) {
        if (joined == null || joined.isBlank()) {
            return "";
        }
        return Arrays.stream(joined.split(";")).map(k -> of(type, k)).collect(Collectors.joining("；"));
    }

    static String department(String key) {
        return AnnualReport.UNSPECIFIED.equals(key) ? I18n.t("reportExport.unspecified") : key;
    }

    /** 许可（独占）: a licence shows its kind. */
    static String mode(DealMode mode, LicenseKind kind) {
        return mode == DealMode.LICENSE && kind != null ? I18n.t("reportExport.licenceMode", mode.label(), kind.label())
                : mode.label();
    }

    /** A large-contract threshold in 万元 without needless decimals: 合同金额≥100万元. */
    static String threshold(BigDecimal yuan) {
        return I18n.t("reportFigure.large", Money.toWan(yuan).stripTrailingZeros().toPlainString());
    }

    /** A readable label for a figure path of the JSON export, e.g. modes.LICENSE.received → 许可 · 当年到账. */
    static String figure(String path, ReportConventions conventions) {
        String[] p = path.split("\\.", 3);
        String rest = p.length > 2 ? p[2] : "";
        String second = p.length > 1 ? p[1] : "";
        return switch (p[0]) {
            case "modes" -> of(DealMode.class, second) + SEP + field(rest);
            case "totals" -> group(second) + SEP + field(rest);
            case "licenceKinds" -> I18n.t("reportFigure.licenceKinds") + SEP + of(LicenseKind.class, second) + SEP
                    + field(rest);
            case "largeContracts" -> threshold(switch (second) {
                case "atLeast10Million" -> conventions.large2();
                case "atLeast100Million" -> conventions.large3();
                default -> conventions.large1();
            });
            case "results" -> results(second, path);
            case "ip" -> I18n.t("filed".equals(second) ? "reportFigure.ipFiled" : "reportFigure.ipGranted") + SEP
                    + of(IpType.class, rest);
            default -> item(p[0] + "." + second, path);
        };
    }

    private static String results(String second, String path) {
        String prefix = "results." + second + ".";
        String key = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
        String disclosed = I18n.t("reportFigure.resultsDisclosed");
        return switch (second) {
            case "byType" -> disclosed + SEP + I18n.t("reportFigure.byType") + SEP + of(ResultType.class, key);
            case "byFunding" -> disclosed + SEP + I18n.t("reportFigure.byFunding") + SEP
                    + of(FundingSource.class, key);
            case "byDepartment" -> disclosed + SEP + I18n.t("reportFigure.byDepartment") + SEP + department(key);
            default -> disclosed;
        };
    }

    static String field(String field) {
        return switch (field) {
            case "contracts" -> I18n.t("reportFigure.contracts");
            case "contractAmount" -> I18n.t("reportFigure.contractAmount");
            case "received" -> I18n.t("reportFigure.received");
            default -> field;
        };
    }

    static String group(String group) {
        return switch (group) {
            case "transferLicenseEquity" -> I18n.t("reportFigure.conversion");
            case "developmentConsultingService" -> I18n.t("reportFigure.cooperation");
            case "all" -> I18n.t("reportFigure.all");
            default -> group;
        };
    }

    /** Single figures: companies.*, rewards.*, pilots.*, people.* (their paths in the JSON). */
    static String item(String key, String fallback) {
        return switch (key) {
            case "companies.created" -> I18n.t("reportFigure.companiesCreated");
            case "companies.joined" -> I18n.t("reportFigure.companiesJoined");
            case "companies.equityValue" -> I18n.t("reportFigure.equityValue");
            case "rewards.cash" -> I18n.t("reportFigure.rewardsCash");
            case "rewards.equity" -> I18n.t("reportFigure.rewardsEquity");
            case "rewards.personTimes" -> I18n.t("reportFigure.personTimes");
            case "rewards.keyContributors" -> I18n.t("reportFigure.keyContributors");
            case "rewards.leaders" -> I18n.t("reportFigure.leaders");
            case "rewards.taxExempt58" -> I18n.t("reportFigure.taxExempt58");
            case "rewards.taxWithheld" -> I18n.t("reportFigure.taxWithheld");
            case "pilots.granted" -> I18n.t("reportFigure.pilotsGranted");
            case "pilots.ownership" -> I18n.t("reportFigure.pilotsOwnership");
            case "pilots.longTermUse" -> I18n.t("reportFigure.pilotsLongTermUse");
            case "pilots.converted" -> I18n.t("reportFigure.pilotsConverted");
            case "pilots.income" -> I18n.t("reportFigure.pilotsIncome");
            case "people.sideJobs" -> I18n.t("reportFigure.sideJobs");
            case "people.sideJobsStarted" -> I18n.t("reportFigure.sideJobsStarted");
            case "people.leaveToFound" -> I18n.t("reportFigure.leaveToFound");
            case "people.leaveToFoundStarted" -> I18n.t("reportFigure.leaveToFoundStarted");
            default -> fallback;
        };
    }
}
