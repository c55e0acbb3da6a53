package org.transferdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The work calendar (R-PUB-REWARD): Monday to Friday are working days except the public holidays it
 * lists, and the adjusted working weekends (调休) it lists are working days. Pure data: the office edits
 * it, and it ships with the State Council's official arrangements for the years we could verify.
 */
public final class WorkCalendar {
    private final Map<LocalDate, CalendarDay> days = new TreeMap<>();

    public WorkCalendar(List<CalendarDay> specialDays) {
        specialDays.forEach(d -> days.put(d.date(), d));
    }

    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay special = days.get(date);
        if (special != null) {
            return special.kind() == CalendarDay.Kind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** R-DATE: a period of n working days does not count its start day; returns its last day. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the calendar holds any arrangement for the year: periods beyond it count weekends only. */
    public boolean hasArrangementsFor(int year) {
        return days.keySet().stream().anyMatch(d -> d.getYear() == year);
    }

    /**
     * The years from {@code from} to {@code to} (both included, in either order) without any recorded
     * arrangement: working days counted in them skip weekends only, so a period around Spring Festival
     * ends too early. Callers show {@link CalendarGaps#message} wherever such a date is shown.
     */
    public SortedSet<Integer> unarrangedYears(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        SortedSet<Integer> years = new TreeSet<>();
        for (int year = first; year <= last; year++) {
            if (!hasArrangementsFor(year)) {
                years.add(year);
            }
        }
        return years;
    }

    public List<CalendarDay> specialDays() {
        return List.copyOf(days.values());
    }
}
