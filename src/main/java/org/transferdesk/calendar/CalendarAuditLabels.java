package org.transferdesk.calendar;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a year's work calendar changes. */
public final class CalendarAuditLabels {
    private CalendarAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("work_calendar").composite("days", "auditField.workCalendar.days")
                .word("HOLIDAY", "workCalendar.kind.HOLIDAY")
                .word("WORKDAY", "workCalendar.kind.WORKDAY"));
    }
}
