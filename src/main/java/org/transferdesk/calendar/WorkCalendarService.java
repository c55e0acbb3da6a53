package org.transferdesk.calendar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;

/**
 * The office's work calendar (R-PUB-REWARD) from the database. The whole calendar is small (a few dozen
 * days a year), so it is loaded once and kept until a year is saved.
 */
public final class WorkCalendarService implements WorkCalendarSource {
    /** The years whose official arrangements V4__work_calendar.sql ships (国办发明电 notices). */
    private static final SortedSet<Integer> OFFICIAL_YEARS = Collections.unmodifiableSortedSet(
            IntStream.rangeClosed(2020, 2026).boxed().collect(Collectors.toCollection(TreeSet::new)));

    private final WorkCalendarRepository repository;
    private final AuditRepository audit;
    private final Clock clock;
    private volatile WorkCalendar cached;

    public WorkCalendarService(WorkCalendarRepository repository, AuditRepository audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public WorkCalendar calendar() {
        WorkCalendar calendar = cached;
        if (calendar == null) {
            calendar = new WorkCalendar(repository.findAll());
            cached = calendar;
        }
        return calendar;
    }

    /** The special days of {@code year}, by date. */
    public List<CalendarDay> daysOf(int year) {
        return repository.findYear(year);
    }

    /**
     * Replaces the special days of {@code year}. Refuses with every problem (and changes nothing) when a
     * date lies outside the year or is listed twice, a kind or name is missing, or a worked day is not a
     * weekend day. Names are stored stripped.
     */
    public void saveYear(int year, List<CalendarDay> days) {
        List<CalendarDay> clean = days.stream()
                .map(d -> d == null ? null : new CalendarDay(d.date(), d.kind(), d.name() == null ? null : d.name().strip()))
                .toList();
        List<Problem> problems = WorkCalendarRules.validate(year, clean);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<CalendarDay> sorted = clean.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
        try {
            repository.replaceYear(year, sorted, Actor.current(), LocalDateTime.now(clock));
        } finally {
            cached = null;
        }
    }

    /** What importing {@code file} would change, checked against the rules; nothing is saved. */
    public CalendarImportPlan planImport(HolidayCnFile file) {
        return CalendarImportPlan.of(file, repository::findYear);
    }

    /**
     * Saves a plan the user has seen, every year in one transaction. Refused (nothing saved) when one of its
     * years was changed since the plan was made.
     */
    public void applyImport(CalendarImportPlan plan) {
        java.util.Map<Integer, List<CalendarDay>> before = new java.util.TreeMap<>();
        plan.years().forEach(y -> before.put(y.year(), y.before()));
        try {
            repository.replaceYears(plan.afterByYear(), Actor.current(), LocalDateTime.now(clock), before);
        } finally {
            cached = null;
        }
    }

    /** The years that have any arrangement in the calendar; periods in other years count weekends only. */
    public Set<Integer> yearsWithArrangements() {
        return repository.years();
    }

    /** The years the application ships the State Council's official arrangements for. */
    public static SortedSet<Integer> officialYears() {
        return OFFICIAL_YEARS;
    }

    /** Who changed the year's calendar when, newest first. */
    public List<AuditEntry> history(int year) {
        return audit.history(WorkCalendarRepository.ENTITY, year);
    }
}
