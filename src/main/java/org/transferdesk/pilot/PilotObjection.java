package org.transferdesk.pilot;

import java.time.LocalDate;

/** An objection raised during the grant publicity, and how and when it was closed. */
public record PilotObjection(Long id, LocalDate receivedOn, String raisedBy, String content, String handling,
                             LocalDate closedOn) {

    public boolean isOpen() {
        return closedOn == null;
    }
}
