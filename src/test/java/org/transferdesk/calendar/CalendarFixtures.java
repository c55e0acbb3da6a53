package org.transferdesk.calendar;

import java.time.LocalDate;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.Database;

/** What the work calendar's tests make again and again: a day of an arrangement, the service on a database. */
public final class CalendarFixtures {
    private CalendarFixtures() {
    }

    /** A day as the clerk types it; {@code date} may be null, a row left without one. */
    public static CalendarDay day(String date, Kind kind, String name) {
        return new CalendarDay(date == null ? null : LocalDate.parse(date), kind, name);
    }

    /** The service as the app wires it, on {@code db} at the tests' clock. */
    public static WorkCalendarService service(Database db) {
        return new WorkCalendarService(new WorkCalendarRepository(db.dsl()), new AuditRepository(db.dsl()),
                TestDatabase.CLOCK);
    }
}
