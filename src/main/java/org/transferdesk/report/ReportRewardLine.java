package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;

/**
 * One person's line of a live (not revoked) distribution. {@code paidOn} is the payment (cash) or the grant
 * (equity); {@code approvedOn} the distribution's approval. {@code receiptDate} is where the 36 months of
 * R-TAX58 run from (the distribution's earliest receipt, or for an imported payment the deal's latest
 * receipt on or before the payment; null when there is none). {@code taxWithheld} is null where not recorded.
 */
public record ReportRewardLine(long id, long distributionId, Long contractId, String contractNo, DistributionKind kind, DealMode mode,
                               long personId, String personName, BigDecimal amount, LocalDate paidOn,
                               LocalDate approvedOn, boolean keyContributor, LeaderRole leaderRole, boolean waived,
                               boolean publicised, boolean registered, LocalDate receiptDate,
                               BigDecimal taxWithheld) {
    /** What the user calls the line: the contract number and the person. */
    public String label() {
        return (contractNo == null ? "" : contractNo + " · ") + personName;
    }

    public boolean equity() {
        return kind == DistributionKind.EQUITY;
    }
}
