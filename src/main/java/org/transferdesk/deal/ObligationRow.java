package org.transferdesk.deal;

import java.time.LocalDate;

/** An obligation of a deal that is still running, with what identifies the deal (for reminders and lists). */
public record ObligationRow(long id, long dealId, String contractNo, String dealTitle, String counterparty,
                            ObligationKind kind, LocalDate dueOn, String description) {
}
