package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.Tax58;

/**
 * One person's line of a live (not revoked) distribution. {@code paidOn} is the payment (cash) or the grant
 * (equity); {@code approvedOn} the distribution's approval. {@code receipts} are the receipts the
 * distribution comes from, where R-TAX58's 36 months run from (an imported payment names its own when
 * imported; empty when none is known — then not eligible). {@code publicised} is the distribution's
 * {@link org.transferdesk.reward.Workflow#isPublicised()}. {@code taxWithheld} is null where not recorded.
 */
public record ReportRewardLine(long id, long distributionId, Long contractId, String contractNo, DistributionKind kind, DealMode mode,
                               long personId, String personName, BigDecimal amount, LocalDate paidOn,
                               LocalDate approvedOn, boolean keyContributor, LeaderRole leaderRole, boolean waived,
                               boolean publicised, boolean registered, List<Tax58.Source> receipts,
                               BigDecimal taxWithheld) {
    public ReportRewardLine {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    /** A line from one receipt received on {@code receiptDate} (null: none known). */
    public ReportRewardLine(long id, long distributionId, Long contractId, String contractNo, DistributionKind kind,
                            DealMode mode, long personId, String personName, BigDecimal amount, LocalDate paidOn,
                            LocalDate approvedOn, boolean keyContributor, LeaderRole leaderRole, boolean waived,
                            boolean publicised, boolean registered, LocalDate receiptDate, BigDecimal taxWithheld) {
        this(id, distributionId, contractId, contractNo, kind, mode, personId, personName, amount, paidOn, approvedOn,
                keyContributor, leaderRole, waived, publicised, registered,
                receiptDate == null ? List.of() : List.of(new Tax58.Source(receiptDate, BigDecimal.ONE)), taxWithheld);
    }

    /** What the user calls the line: the contract number and the person. */
    public String label() {
        return (contractNo == null ? "" : contractNo + " · ") + personName;
    }

    public boolean equity() {
        return kind == DistributionKind.EQUITY;
    }
}
