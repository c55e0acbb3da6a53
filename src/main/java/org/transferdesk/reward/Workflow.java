package org.transferdesk.reward;

import java.time.LocalDate;

/**
 * Where a distribution stands: status, its reward publicity (R-PUB-REWARD) with the 公示结果文件 number and
 * name the 备案表 lists (R-TAX58-FILING), approval and revocation. {@code publicisedPerLedger}: a payment
 * imported from a ledger that says it was publicised, with no dates or document known — the document cells
 * stay blank rather than hold a made-up reference.
 */
public record Workflow(DistributionStatus status, LocalDate publicityFrom, LocalDate publicityTo, String publicityDocNo,
                       String publicityDocName, LocalDate approvedOn, String approvedBy, LocalDate revokedOn,
                       String revokeReason, boolean publicisedPerLedger) {
    public static final Workflow DRAFT = new Workflow(DistributionStatus.DRAFT, null, null, null, null, null, null, null);

    /** Without a document name, not publicised per a ledger (the shape before R-TAX58-FILING named the document). */
    public Workflow(DistributionStatus status, LocalDate publicityFrom, LocalDate publicityTo, String publicityDocNo,
                    LocalDate approvedOn, String approvedBy, LocalDate revokedOn, String revokeReason) {
        this(status, publicityFrom, publicityTo, publicityDocNo, null, approvedOn, approvedBy, revokedOn, revokeReason,
                false);
    }

    /** Publicised with dates, with a recorded document, or (historical payments imported from a ledger) per the ledger. */
    public boolean isPublicised() {
        return publicityTo != null || publicityDocNo != null || publicisedPerLedger;
    }

    /** The same publicity in another status, with approval and revocation as given. */
    public Workflow next(DistributionStatus newStatus, LocalDate newApprovedOn, String newApprovedBy,
                         LocalDate newRevokedOn, String newRevokeReason) {
        return new Workflow(newStatus, publicityFrom, publicityTo, publicityDocNo, publicityDocName, newApprovedOn,
                newApprovedBy, newRevokedOn, newRevokeReason, publicisedPerLedger);
    }
}
