package org.transferdesk.due;

import java.time.LocalDate;

/**
 * A next step agreed with a company and not yet done (issue 25's contact log), as 待办 reminds it. Declared here, so
 * that 待办 needs nothing from the outreach feature: the composition root hands them in ({@link DueSources#followUps}).
 */
public record FollowUp(long entryId, long counterpartyId, String counterparty, String step, LocalDate dueOn) {
}
