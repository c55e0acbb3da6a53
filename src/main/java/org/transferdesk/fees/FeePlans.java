package org.transferdesk.fees;

import java.time.LocalDate;
import java.util.List;

/**
 * What the fee budget window reads: the year's fee plan and the portfolio review. Declared here and implemented
 * by the due list (which joins patents with pilot grants and open licences, R-PILOT-DEADLINE, R-PAT-OPEN), so the
 * fees screen depends on no feature above fees.
 */
public interface FeePlans {
    /** The day the plan and the review are computed for (the application's clock). */
    LocalDate today();

    /** The patents' fees due in {@code year} with what the university and the co-owners pay. */
    FeePlan feePlan(int year);

    /** Patents whose fees over the next {@code years} years exceed what their results have earned. */
    List<ReviewRow> portfolioReview(int years);
}
