package org.transferdesk.calendar;

/** Where the current work calendar comes from (the database in the app, fixed data in tests). */
@FunctionalInterface
public interface WorkCalendarSource {
    WorkCalendar calendar();
}
