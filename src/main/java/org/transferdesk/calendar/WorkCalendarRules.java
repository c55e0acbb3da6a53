package org.transferdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;

/**
 * What a year of the work calendar must satisfy before it is saved: every day in that year and listed
 * once, a kind, a name, and a worked day (调休上班) only on a Saturday or Sunday — a weekday is a working
 * day anyway, so such a row would be a typo. Problems name the row (1-based) and the field
 * ({@code date}, {@code kind} or {@code name}).
 */
public final class WorkCalendarRules {
    public static final int NAME_MAX = 100;

    private WorkCalendarRules() {
    }

    /** Every problem of the year's list, in row order. */
    public static List<Problem> validate(int year, List<CalendarDay> days) {
        List<Problem> problems = new ArrayList<>();
        Map<LocalDate, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            int row = i + 1;
            CalendarDay day = days.get(i);
            problems.addAll(validateDay(year, row, day));
            if (day != null && day.date() != null) {
                Integer earlier = firstRow.putIfAbsent(day.date(), row);
                if (earlier != null) {
                    problems.add(duplicate(row, day.date(), earlier));
                }
            }
        }
        return problems;
    }

    /** The problems of one row on its own (everything but duplicates). */
    public static List<Problem> validateDay(int year, int row, CalendarDay day) {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = day == null ? null : day.date();
        CalendarDay.Kind kind = day == null ? null : day.kind();
        String name = day == null || day.name() == null ? "" : day.name().strip();
        if (date == null) {
            problems.add(Problem.error("workCalendar.problem.dateRequired", "date", row));
        } else if (date.getYear() != year) {
            problems.add(Problem.error("workCalendar.problem.otherYear", "date", row, date.toString(),
                    String.valueOf(year)));
        } else {
            // issue 19: a year typed as 0202 or 9999 is refused, not stored shifted or beyond the date arithmetic
            PlausibleDates.check("date", "workCalendar.column.date", date).ifPresent(problems::add);
        }
        if (kind == null) {
            problems.add(Problem.error("workCalendar.problem.kindRequired", "kind", row));
        } else if (kind == CalendarDay.Kind.WORKDAY && date != null && !isWeekend(date)) {
            problems.add(Problem.error("workCalendar.problem.workdayOnWeekday", "kind", row, date.toString()));
        }
        if (name.isEmpty()) {
            problems.add(Problem.error("workCalendar.problem.nameRequired", "name", row));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.error("workCalendar.problem.nameTooLong", "name", row, NAME_MAX));
        }
        return problems;
    }

    /** The problem for a date listed again in {@code row}, first listed in {@code earlierRow}. */
    public static Problem duplicate(int row, LocalDate date, int earlierRow) {
        return Problem.error("workCalendar.problem.duplicate", "date", row, date.toString(), earlierRow);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
