package org.transferdesk.calendar;

import java.time.LocalDate;

/** A day the calendar treats specially: a public holiday off work, or a weekend day worked (调休). */
public record CalendarDay(LocalDate date, Kind kind, String name) {
    public enum Kind { HOLIDAY, WORKDAY }
}
