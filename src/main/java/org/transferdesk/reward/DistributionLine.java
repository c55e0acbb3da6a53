package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.people.LeaderRole;

/**
 * One person's line: their share of the pool (a fraction), the amount (equity: the value at the 作价
 * amount), the fraction of the company (equity only), and, once paid, the payment date, payroll
 * reference and the income tax withheld on it (cash only; null when not recorded — the annual report
 * counts it "where recorded"). {@code shareSource} says where the share came from, for the explanation.
 */
public record DistributionLine(Long id, long personId, String staffNo, String name, LineRole role, BigDecimal share,
                               BigDecimal amount, BigDecimal equityShare, boolean keyContributor, LeaderRole leaderRole,
                               boolean waived, String shareSource, LocalDate paidOn, String payrollRef,
                               BigDecimal taxWithheld) {

    public DistributionLine {
        role = role == null ? LineRole.INVENTOR : role;
        leaderRole = leaderRole == null ? LeaderRole.NONE : leaderRole;
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    /** A line that gives shares (an equity reward); a leader's converted-to-cash line in an equity distribution does not. */
    public boolean isEquity() {
        return equityShare != null && equityShare.signum() > 0;
    }

    public DistributionLine paid(LocalDate on, String reference, BigDecimal taxWithheld) {
        return new DistributionLine(id, personId, staffNo, name, role, share, amount, equityShare, keyContributor,
                leaderRole, waived, shareSource, on, reference, taxWithheld);
    }

    public DistributionLine withAmount(BigDecimal newShare, BigDecimal newAmount, String source) {
        return new DistributionLine(id, personId, staffNo, name, role, newShare, newAmount, equityShare, keyContributor,
                leaderRole, waived, source, paidOn, payrollRef, taxWithheld);
    }
}
