package org.transferdesk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;

/**
 * What importing a {@link HolidayCnFile} would change, year by year, before anything is saved. The file's own
 * year is replaced by the file's days of that year (the notice is the whole truth for its year); a day the file
 * lists in another year (2022-12-31 in the 2023 notice) is added to or replaces that date only, so the other
 * year keeps everything else the office recorded.
 */
public record CalendarImportPlan(HolidayCnFile file, List<YearChange> years) {
    public CalendarImportPlan {
        years = List.copyOf(years);
    }

    /** One year's list before and after, with the differences a clerk checks. */
    public record YearChange(int year, List<CalendarDay> before, List<CalendarDay> after, List<CalendarDay> added,
                             List<CalendarDay> removed, List<CalendarDay> changed) {
        public YearChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean changesAnything() {
            return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
        }
    }

    /**
     * The plan for {@code file} against the calendar's current days ({@code current} gives a year's list).
     * Refuses, with every problem, a file without a day in its own year (its notice is not out yet) or whose
     * days break the calendar's rules (a worked day on a weekday, a date listed twice).
     */
    public static CalendarImportPlan of(HolidayCnFile file, java.util.function.IntFunction<List<CalendarDay>> current) {
        Map<Integer, List<CalendarDay>> fileDays = new TreeMap<>();
        for (CalendarDay d : file.days()) {
            fileDays.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d);
        }
        if (!fileDays.containsKey(file.year())) {
            throw new ValidationException(List.of(Problem.error("workCalendar.import.empty", "days",
                    String.valueOf(file.year()))));
        }
        List<Problem> problems = new ArrayList<>();
        List<YearChange> changes = new ArrayList<>();
        for (Map.Entry<Integer, List<CalendarDay>> e : fileDays.entrySet()) {
            int year = e.getKey();
            List<CalendarDay> incoming = e.getValue();
            List<Problem> found = WorkCalendarRules.validate(year, incoming);
            if (!found.isEmpty()) {
                problems.add(Problem.error("workCalendar.import.yearProblems", "days", String.valueOf(year)));
                problems.addAll(found);
                continue;
            }
            List<CalendarDay> before = current.apply(year);
            Map<LocalDate, CalendarDay> after = new TreeMap<>();
            if (year != file.year()) {
                before.forEach(d -> after.put(d.date(), d));
            }
            incoming.forEach(d -> after.put(d.date(), d));
            changes.add(diff(year, before, List.copyOf(after.values())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new CalendarImportPlan(file, changes);
    }

    private static YearChange diff(int year, List<CalendarDay> before, List<CalendarDay> after) {
        Map<LocalDate, CalendarDay> old = new LinkedHashMap<>();
        before.forEach(d -> old.put(d.date(), d));
        Map<LocalDate, CalendarDay> now = new LinkedHashMap<>();
        after.forEach(d -> now.put(d.date(), d));
        List<CalendarDay> added = new ArrayList<>();
        List<CalendarDay> changed = new ArrayList<>();
        for (CalendarDay d : after) {
            CalendarDay was = old.get(d.date());
            if (was == null) {
                added.add(d);
            } else if (was.kind() != d.kind() || !Objects.equals(was.name(), d.name())) {
                changed.add(d);
            }
        }
        List<CalendarDay> removed = before.stream().filter(d -> !now.containsKey(d.date())).toList();
        return new YearChange(year, before, after, added, removed, changed);
    }

    public boolean changesAnything() {
        return years.stream().anyMatch(YearChange::changesAnything);
    }

    /** The years and their new lists, for saving. */
    public Map<Integer, List<CalendarDay>> afterByYear() {
        Map<Integer, List<CalendarDay>> map = new TreeMap<>();
        years.forEach(y -> map.put(y.year(), y.after()));
        return map;
    }

    /** The plan in words, one line each, in the current language: what the clerk confirms. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(I18n.t("workCalendar.import.source", String.valueOf(file.year()), file.days().size(),
                file.papers().isEmpty() ? I18n.t("workCalendar.import.noPapers") : String.join(" ", file.papers())));
        for (YearChange y : years) {
            lines.add(y.changesAnything()
                    ? I18n.t("workCalendar.import.yearSummary", String.valueOf(y.year()), y.added().size(),
                            y.changed().size(), y.removed().size(), y.before().size(), y.after().size())
                    : I18n.t("workCalendar.import.yearSame", String.valueOf(y.year()), y.after().size()));
            y.added().forEach(d -> lines.add("  + " + line(d)));
            y.changed().forEach(d -> lines.add("  ~ " + line(d)));
            y.removed().forEach(d -> lines.add("  - " + line(d)));
        }
        return lines;
    }

    private static String line(CalendarDay d) {
        return d.date() + " " + I18n.t("workCalendar.kind." + d.kind().name()) + " " + d.name();
    }
}
