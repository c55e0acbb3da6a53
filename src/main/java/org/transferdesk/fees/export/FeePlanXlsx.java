package org.transferdesk.fees.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.export.print.PrintableXlsx;

/** Writes the fee budget and the portfolio review through the A4 printable workbook writer. */
public final class FeePlanXlsx {
    private FeePlanXlsx() {
    }

    public static void write(Path file, FeePlan plan) {
        PrintableXlsx.write(file, List.of(FeePlanSheet.of(plan)));
    }

    public static void writeReview(Path file, List<ReviewRow> review, LocalDate today, int years) {
        PrintableXlsx.write(file, List.of(PortfolioReviewSheet.of(review, today, years)));
    }
}
