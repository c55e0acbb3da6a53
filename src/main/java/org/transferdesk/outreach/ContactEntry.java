package org.transferdesk.outreach;

import java.time.LocalDate;

/**
 * One line of a counterparty's contact log: when, how, who of the office ({@code who}: the app user or a colleague),
 * whom at the company, what was said, and a next step with the day it is due (both null when none) that stays in
 * 待办 until marked done.
 */
public record ContactEntry(Long id, long counterpartyId, LocalDate contactedOn, ContactWay way, String who,
                           String metWith, String summary, String nextStep, LocalDate nextDue, boolean nextDone,
                           int version) {
    /** A next step still to do. */
    public boolean nextStepOpen() {
        return nextDue != null && !nextDone;
    }
}
