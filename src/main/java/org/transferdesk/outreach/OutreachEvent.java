package org.transferdesk.outreach;

import java.time.LocalDate;
import java.util.List;
import org.transferdesk.deal.ResultRef;

/**
 * An event where results were put in front of companies (issue 25): title, kind, the day it starts and, for more
 * than one day, the day it ends (null for one day), place, organiser, online or not, notes; the results presented,
 * the companies that came and the leads that followed.
 */
public record OutreachEvent(Long id, String title, EventKind kind, LocalDate startsOn, LocalDate endsOn, String place,
                            String organiser, boolean online, String notes, List<ResultRef> results,
                            List<CompanyRef> companies, List<Lead> leads, int version) {
    public OutreachEvent {
        results = List.copyOf(results);
        companies = List.copyOf(companies);
        leads = List.copyOf(leads);
    }

    /** A new event of {@code kind} on {@code day}, nothing else filled in. */
    public static OutreachEvent draft(EventKind kind, LocalDate day) {
        return new OutreachEvent(null, "", kind, day, null, null, null, false, null, List.of(), List.of(), List.of(),
                0);
    }

    /** The last day of the event: its end day, or its start for a one-day event. */
    public LocalDate lastDay() {
        return endsOn == null ? startsOn : endsOn;
    }
}
