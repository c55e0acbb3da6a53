package org.transferdesk.reward;

import java.time.LocalDate;

/** Where a distribution stands: status, its reward publicity (R-PUB-REWARD), approval and revocation. */
public record Workflow(DistributionStatus status, LocalDate publicityFrom, LocalDate publicityTo, String publicityDocNo,
                       LocalDate approvedOn, String approvedBy, LocalDate revokedOn, String revokeReason) {
    public static final Workflow DRAFT = new Workflow(DistributionStatus.DRAFT, null, null, null, null, null, null, null);

    /** Publicised with dates, or (historical payments imported from a ledger) with only the evidence reference. */
    public boolean isPublicised() {
        return publicityTo != null || publicityDocNo != null;
    }
}
