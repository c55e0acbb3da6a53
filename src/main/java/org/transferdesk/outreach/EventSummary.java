package org.transferdesk.outreach;

import java.time.LocalDate;

/** One row of the events list: the event and how many results, companies and open leads it has. */
public record EventSummary(long id, String title, EventKind kind, LocalDate startsOn, LocalDate endsOn, String place,
                           String organiser, boolean online, int results, int companies, int openLeads) {
    /** The year the event is counted in: the year it starts. */
    public int year() {
        return startsOn.getYear();
    }
}
