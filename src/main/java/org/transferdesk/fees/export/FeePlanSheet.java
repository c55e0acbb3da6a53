package org.transferdesk.fees.export;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.SheetColumnList;

/**
 * The year's patent annual fee budget (年费预算) as an A4 landscape sheet: one row per fee due in the year
 * with the full fee, the reduction that applied (费减 or open licence), the payable amount, the university's and the co-owners' parts and
 * whether it is paid, and a totals row. Pure.
 */
public final class FeePlanSheet {
    static final String NONE = "—";

    private static final SheetColumnList<FeePlanRow> TABLE = SheetColumnList.<FeePlanRow>numbered("feesExport.col.no", 5)
            .then("feesExport.col.resultNo", 12, r -> text(r.patent().resultNo()))
            .then("feesExport.col.title", 24, r -> text(r.patent().resultTitle()))
            .then("feesExport.col.applicationNo", 16, r -> text(r.patent().applicationNo()))
            .then("feesExport.col.type", 10, r -> r.patent().type().label())
            .then("feesExport.col.feeYear", 6, r -> r.fee().year())
            .then("feesExport.col.dueOn", 11, r -> r.fee().dueOn())
            .then("feesExport.col.fullFee", 11, r -> r.fee().fullFee())
            // R-PAT-OPEN: which reduction applied, not only how much (费减85% and 开放许可减15% are not alike)
            .then("feesExport.col.reduction", 14, r -> r.fee().reductionLabel())
            .then("feesExport.col.payable", 11, r -> r.fee().payable())
            .then("feesExport.col.university", 11, FeePlanRow::universityPart)
            .then("feesExport.col.coOwners", 11, FeePlanRow::coOwnersPart)
            .then("feesExport.col.status", 8,
                    r -> I18n.t(r.paid() ? "feesExport.status.paid" : "feesExport.status.unpaid"));

    private FeePlanSheet() {
    }

    public static PrintableSheet of(FeePlan plan) {
        List<List<Object>> rows = TABLE.rows(plan.rows());
        int paid = (int) plan.rows().stream().filter(FeePlanRow::paid).count();
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
                List.of(I18n.t("feesExport.plan.intro", year)), List.of(), TABLE.columns(), rows, totals,
                List.of(count, I18n.t("feesExport.plan.note")), true);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }
}
