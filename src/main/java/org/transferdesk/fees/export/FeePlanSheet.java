package org.transferdesk.fees.export;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.fees.FeeYear;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.export.print.PrintableSheet;

/**
 * The year's patent annual fee budget (年费预算) as an A4 landscape sheet: one row per fee due in the year
 * with the full fee, the reduction that applied (费减 or open licence), the payable amount, the university's and the co-owners' parts and
 * whether it is paid, and a totals row. Pure.
 */
public final class FeePlanSheet {
    static final String NONE = "—";

    private FeePlanSheet() {
    }

    public static PrintableSheet of(FeePlan plan) {
        List<PrintableSheet.Column> columns = List.of(
                new PrintableSheet.Column(I18n.t("feesExport.col.no"), 5),
                new PrintableSheet.Column(I18n.t("feesExport.col.resultNo"), 12),
                new PrintableSheet.Column(I18n.t("feesExport.col.title"), 24),
                new PrintableSheet.Column(I18n.t("feesExport.col.applicationNo"), 16),
                new PrintableSheet.Column(I18n.t("feesExport.col.type"), 10),
                new PrintableSheet.Column(I18n.t("feesExport.col.feeYear"), 6),
                new PrintableSheet.Column(I18n.t("feesExport.col.dueOn"), 11),
                new PrintableSheet.Column(I18n.t("feesExport.col.fullFee"), 11),
                new PrintableSheet.Column(I18n.t("feesExport.col.reduction"), 14),
                new PrintableSheet.Column(I18n.t("feesExport.col.payable"), 11),
                new PrintableSheet.Column(I18n.t("feesExport.col.university"), 11),
                new PrintableSheet.Column(I18n.t("feesExport.col.coOwners"), 11),
                new PrintableSheet.Column(I18n.t("feesExport.col.status"), 8));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        int paid = 0;
        for (FeePlanRow r : plan.rows()) {
            PatentFeeInput p = r.patent();
            FeeYear y = r.fee();
            paid += r.paid() ? 1 : 0;
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(text(p.resultNo()));
            row.add(text(p.resultTitle()));
            row.add(text(p.applicationNo()));
            row.add(p.type().label());
            row.add(y.year());
            row.add(y.dueOn());
            row.add(y.fullFee());
            // R-PAT-OPEN: which reduction applied, not only how much (费减85% and 开放许可减15% are not alike)
            row.add(y.reductionLabel());
            row.add(y.payable());
            row.add(r.universityPart());
            row.add(r.coOwnersPart());
            row.add(I18n.t(r.paid() ? "feesExport.status.paid" : "feesExport.status.unpaid"));
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(I18n.t("feesExport.total"));
        for (int i = 1; i < 9; i++) {
            totals.add(null);
        }
        totals.add(plan.total());
        totals.add(plan.university());
        totals.add(plan.coOwners());
        totals.add(null);
        String year = String.valueOf(plan.year());
        String count = I18n.t("feesExport.plan.count", String.valueOf(rows.size()), String.valueOf(paid),
                String.valueOf(rows.size() - paid));
        return new PrintableSheet(I18n.t("feesExport.plan.sheet"), I18n.t("feesExport.plan.title", year),
                List.of(I18n.t("feesExport.plan.intro", year)), List.of(), columns, rows, totals,
                List.of(count, I18n.t("feesExport.plan.note")), true);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }
}
