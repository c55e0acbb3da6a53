package org.transferdesk.deal;

import java.time.LocalDate;

/** R-APPROVAL: one approval of a deal; {@code relatedPartyStep} marks the extra approval of a related-party deal. */
public record Approval(Long id, ApprovalTier tier, String approver, LocalDate approvedOn, String minutesRef,
                       boolean relatedPartyStep) {
}
