package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.DealMode;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.UnitPart;

/**
 * A live (not revoked) distribution as part (5)'s income distribution sees it: its net income, the team's pool,
 * the university's part and that part's stored lines (R-UNIT-SPLIT; empty when it was not split). {@code paidOn}
 * is its first payment (the earliest paid line; null while nothing is paid), {@code approvedOn} its approval.
 */
public record ReportDistribution(long id, Long contractId, String contractNo, DistributionKind kind, DealMode mode,
                                 BigDecimal net, BigDecimal pool, BigDecimal universityPart, List<UnitPart> unitParts,
                                 LocalDate approvedOn, LocalDate paidOn) {
    public ReportDistribution {
        unitParts = unitParts == null ? List.of() : List.copyOf(unitParts);
    }

    public String label() {
        return (contractNo == null ? "" : contractNo + " · ") + kind.label();
    }
}
