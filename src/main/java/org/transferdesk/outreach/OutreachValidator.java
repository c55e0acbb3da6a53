package org.transferdesk.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Problem;

/** The checks an event and a contact-log entry pass before they are saved; pure, so the forms run them too. */
public final class OutreachValidator {
    static final int TITLE_MAX = 200;

    private OutreachValidator() {
    }

    /** Title, kind and start day required; an end day is not before the start (the same day is a one-day event). */
    public static List<Problem> validateEvent(OutreachEvent e) {
        List<Problem> p = new ArrayList<>();
        if (blank(e.title())) {
            p.add(Problem.error("validation.required", "title", "outreachEvent.title"));
        } else if (e.title().strip().length() > TITLE_MAX) {
            p.add(Problem.error("validation.tooLong", "title", "outreachEvent.title", TITLE_MAX));
        }
        if (e.kind() == null) {
            p.add(Problem.error("validation.required", "kind", "outreachEvent.kind"));
        }
        if (e.startsOn() == null) {
            p.add(Problem.error("validation.required", "startsOn", "outreachEvent.startsOn"));
        } else if (e.endsOn() != null && e.endsOn().isBefore(e.startsOn())) {
            p.add(Problem.error("outreachEvent.endBeforeStart", "endsOn"));
        }
        for (Lead l : e.leads()) {
            if (l.status() == null) {
                p.add(Problem.error("validation.required", "leads", "outreachLead.status"));
            }
        }
        return p;
    }

    /**
     * Day, way, who and summary required, the day not after {@code today}; a next step needs the day it is due and
     * a due day needs its step.
     */
    public static List<Problem> validateEntry(ContactEntry c, LocalDate today) {
        List<Problem> p = new ArrayList<>();
        if (c.contactedOn() == null) {
            p.add(Problem.error("validation.required", "contactedOn", "outreachContact.on"));
        } else if (c.contactedOn().isAfter(today)) {
            p.add(Problem.error("outreachContact.inFuture", "contactedOn"));
        }
        if (c.way() == null) {
            p.add(Problem.error("validation.required", "way", "outreachContact.way"));
        }
        if (blank(c.who())) {
            p.add(Problem.error("validation.required", "who", "outreachContact.who"));
        }
        if (blank(c.summary())) {
            p.add(Problem.error("validation.required", "summary", "outreachContact.summary"));
        }
        if (!blank(c.nextStep()) && c.nextDue() == null) {
            p.add(Problem.error("validation.required", "nextDue", "outreachContact.nextDue"));
        }
        if (blank(c.nextStep()) && c.nextDue() != null) {
            p.add(Problem.error("validation.required", "nextStep", "outreachContact.nextStep"));
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
