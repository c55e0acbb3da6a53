package org.transferdesk.deal;

import java.time.LocalDate;

/** One non-money obligation of a deal's counterparty, due on a date (id null until saved). */
public record DealObligation(Long id, ObligationKind kind, LocalDate dueOn, String description) {
    /** One line for the audit log and messages. */
    public String describe() {
        return dueOn + " " + kind + " " + description;
    }
}
