package org.transferdesk.report;

import java.math.BigDecimal;

/**
 * Part (5): rewards to persons in the year (R-REPORT-COUNT). {@code taxWithheld} sums the tax recorded on
 * the lines, {@code taxRecordedLines} says on how many it was recorded. {@code tech} is the rewards for
 * development, consulting and service work (R-45-TECH), in the other figures only when {@code techIncluded}
 * (R-REPORT-MORE); {@code patentGrantBonus} is what was paid as patent grant bonuses, in none of them (R-BONUS).
 */
public record RewardFigures(BigDecimal cash, BigDecimal equity, int personTimes, BigDecimal keyContributors,
                            BigDecimal leaders, BigDecimal taxExempt58, BigDecimal taxWithheld,
                            int taxRecordedLines, BigDecimal tech, boolean techIncluded,
                            BigDecimal patentGrantBonus) {

    /** R-REPORT-MORE: the cash plus equity rewards to individuals (equity at 作价 value). */
    public BigDecimal cashAndEquity() {
        return cash.add(equity);
    }
}
