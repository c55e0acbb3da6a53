package org.transferdesk.fees.export;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.SheetColumnList;

/**
 * The portfolio review (专利维持评估) as an A4 landscape sheet: the patents whose fees over the coming years
 * exceed what their result has earned, the largest gap first. Pure.
 */
public final class PortfolioReviewSheet {
    private static final SheetColumnList<ReviewRow> TABLE = SheetColumnList.<ReviewRow>numbered("feesExport.col.no", 5)
            .then("feesExport.col.resultNo", 12, r -> FeePlanSheet.text(r.patent().resultNo()))
            .then("feesExport.col.title", 26, r -> FeePlanSheet.text(r.patent().resultTitle()))
            .then("feesExport.col.applicationNo", 16, r -> FeePlanSheet.text(r.patent().applicationNo()))
            .then("feesExport.col.type", 10, r -> r.patent().type().label())
            .then("feesExport.review.col.nextDue", 11, ReviewRow::nextDue)
            .then("feesExport.review.col.fees", 13, ReviewRow::nextFees)
            .then("feesExport.col.reduction", 18, ReviewRow::reductionLabel)
            .then("feesExport.review.col.earned", 13, ReviewRow::earned)
            .then("feesExport.review.col.gap", 13, ReviewRow::gap);

    private PortfolioReviewSheet() {
    }

    public static PrintableSheet of(List<ReviewRow> review, LocalDate today, int years) {
        List<List<Object>> rows = TABLE.rows(review);
        String intro = I18n.t("feesExport.review.intro", today.toString(), String.valueOf(years));
        return new PrintableSheet(I18n.t("feesExport.review.sheet"), I18n.t("feesExport.review.title"), List.of(intro),
                List.of(), TABLE.columns(), rows, null, List.of(I18n.t("feesExport.review.count", String.valueOf(rows.size()))),
                true);
    }
}
