package org.transferdesk.deal;

import java.time.LocalDate;

/** An objection raised during price publicity and how it was handled; open until it has a closing date. */
public record Objection(Long id, LocalDate receivedOn, String raisedBy, String content, String handling,
                        LocalDate closedOn) {
    public boolean isOpen() {
        return closedOn == null;
    }
}
