package org.transferdesk.report;

import java.math.BigDecimal;

/**
 * Part (5): rewards to persons in the year (R-REPORT-COUNT). {@code taxWithheld} sums the tax recorded on
 * the lines, {@code taxRecordedLines} says on how many it was recorded.
 */
public record RewardFigures(BigDecimal cash, BigDecimal equity, int personTimes, BigDecimal keyContributors,
                            BigDecimal leaders, BigDecimal taxExempt58, BigDecimal taxWithheld,
                            int taxRecordedLines) {
}
