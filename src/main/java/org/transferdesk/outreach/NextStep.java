package org.transferdesk.outreach;

import java.time.LocalDate;

/** An open next step of a contact log, as 待办 reminds it: the entry, its counterparty, the step and its day. */
public record NextStep(long entryId, long counterpartyId, String counterparty, String step, LocalDate dueOn) {
}
