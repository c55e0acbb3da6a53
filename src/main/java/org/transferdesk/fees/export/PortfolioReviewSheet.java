package org.transferdesk.fees.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.export.print.PrintableSheet;

/**
 * The portfolio review (专利维持评估) as an A4 landscape sheet: the patents whose fees over the coming years
 * exceed what their result has earned, the largest gap first. Pure.
 */
public final class PortfolioReviewSheet {
    private PortfolioReviewSheet() {
    }

    public static PrintableSheet of(List<ReviewRow> review, LocalDate today, int years) {
        List<PrintableSheet.Column> columns = List.of(
                new PrintableSheet.Column(I18n.t("feesExport.col.no"), 5),
                new PrintableSheet.Column(I18n.t("feesExport.col.resultNo"), 12),
                new PrintableSheet.Column(I18n.t("feesExport.col.title"), 26),
                new PrintableSheet.Column(I18n.t("feesExport.col.applicationNo"), 16),
                new PrintableSheet.Column(I18n.t("feesExport.col.type"), 10),
                new PrintableSheet.Column(I18n.t("feesExport.review.col.nextDue"), 11),
                new PrintableSheet.Column(I18n.t("feesExport.review.col.fees"), 13),
                new PrintableSheet.Column(I18n.t("feesExport.col.reduction"), 18),
                new PrintableSheet.Column(I18n.t("feesExport.review.col.earned"), 13),
                new PrintableSheet.Column(I18n.t("feesExport.review.col.gap"), 13));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (ReviewRow r : review) {
            List<Object> row = new ArrayList<>();
            row.add(no++);
            row.add(FeePlanSheet.text(r.patent().resultNo()));
            row.add(FeePlanSheet.text(r.patent().resultTitle()));
            row.add(FeePlanSheet.text(r.patent().applicationNo()));
            row.add(r.patent().type().label());
            row.add(r.nextDue());
            row.add(r.nextFees());
            row.add(r.reductionLabel());
            row.add(r.earned());
            row.add(r.gap());
            rows.add(row);
        }
        String intro = I18n.t("feesExport.review.intro", today.toString(), String.valueOf(years));
        return new PrintableSheet(I18n.t("feesExport.review.sheet"), I18n.t("feesExport.review.title"), List.of(intro),
                List.of(), columns, rows, null, List.of(I18n.t("feesExport.review.count", String.valueOf(rows.size()))),
                true);
    }
}
