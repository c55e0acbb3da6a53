package org.transferdesk.calendar.persistence;

import static org.transferdesk.db.jooq.Tables.WORK_CALENDAR_DAY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.common.StaleRecordException;

/** The work calendar's special days (table {@code work_calendar_day}), read whole or a year at a time. */
public final class WorkCalendarRepository {
    /** Audit rows of a year's calendar use this entity and the year as the entity id. */
    public static final String ENTITY = "work_calendar";

    private final DSLContext dsl;

    public WorkCalendarRepository(DSLContext dsl) {
        // The column is named "day", a keyword in H2: this table's SQL quotes every name (all lower case,
        // so the quoted names still match the rest of the schema).
        Settings quoted = (Settings) dsl.settings().clone();
        quoted.setRenderQuotedNames(RenderQuotedNames.ALWAYS);
        this.dsl = DSL.using(dsl.configuration().derive(quoted));
    }

    public List<CalendarDay> findAll() {
        return dsl.select(WORK_CALENDAR_DAY.DAY, WORK_CALENDAR_DAY.KIND, WORK_CALENDAR_DAY.NAME)
                .from(WORK_CALENDAR_DAY).orderBy(WORK_CALENDAR_DAY.DAY)
                .fetch(WorkCalendarRepository::toDay);
    }

    public List<CalendarDay> findYear(int year) {
        return findYear(dsl, year);
    }

    /** The years that have at least one special day. */
    public Set<Integer> years() {
        return dsl.select(WORK_CALENDAR_DAY.DAY).from(WORK_CALENDAR_DAY).fetch(WORK_CALENDAR_DAY.DAY).stream()
                .map(LocalDate::getYear).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Replaces every special day of {@code year} with {@code days} in one transaction, with an audit row
     * holding the year's list before and after (none when nothing changed).
     */
    public void replaceYear(int year, List<CalendarDay> days, String actor, LocalDateTime now) {
        replaceYears(Map.of(year, days), actor, now, Map.of());
    }

    /**
     * Replaces several years in one transaction (all or none), each audited as {@link #replaceYear} does.
     * {@code expected}, where it has a year, is the list the user saw: if the year holds another list now, someone
     * changed it since and nothing is saved.
     */
    public void replaceYears(Map<Integer, List<CalendarDay>> years, String actor, LocalDateTime now,
                             Map<Integer, List<CalendarDay>> expected) {
        org.transferdesk.db.WriteFailures.retryWhenHostLeft(() -> dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            // `calendar import` replaces whole years: a second writer in another process (an import, a distribute, the
            // GUI's calendar) waits for the first instead of giving up after the statement lock wait (issue 19)
            org.transferdesk.db.WriteMutex.take(dsl, tx,
                    new org.transferdesk.db.WriteMutex.Holder(org.transferdesk.db.WriteMutex.CALENDAR, actor, now));
            for (Map.Entry<Integer, List<CalendarDay>> e : years.entrySet()) {
                List<CalendarDay> seen = expected.get(e.getKey());
                if (seen != null && !seen.equals(findYear(tx, e.getKey()))) {
                    throw new StaleRecordException(ENTITY, e.getKey());
                }
                replaceYear(tx, e.getKey(), e.getValue(), actor, now);
            }
            return null;
        }));
    }

    private static void replaceYear(DSLContext tx, int year, List<CalendarDay> days, String actor, LocalDateTime now) {
        List<CalendarDay> before = findYear(tx, year);
        tx.deleteFrom(WORK_CALENDAR_DAY).where(inYear(year)).execute();
        for (CalendarDay day : days) {
            tx.insertInto(WORK_CALENDAR_DAY)
                    .set(WORK_CALENDAR_DAY.DAY, day.date())
                    .set(WORK_CALENDAR_DAY.KIND, day.kind().name())
                    .set(WORK_CALENDAR_DAY.NAME, day.name())
                    .execute();
        }
        List<CalendarDay> after = findYear(tx, year);
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, year, AuditAction.UPDATE,
                AuditDiff.between(Map.of("days", text(before)), Map.of("days", text(after)))));
    }

    private static List<CalendarDay> findYear(DSLContext ctx, int year) {
        return ctx.select(WORK_CALENDAR_DAY.DAY, WORK_CALENDAR_DAY.KIND, WORK_CALENDAR_DAY.NAME)
                .from(WORK_CALENDAR_DAY).where(inYear(year)).orderBy(WORK_CALENDAR_DAY.DAY)
                .fetch(WorkCalendarRepository::toDay);
    }

    private static Condition inYear(int year) {
        return WORK_CALENDAR_DAY.DAY.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static CalendarDay toDay(Record3<LocalDate, String, String> r) {
        return new CalendarDay(r.value1(), CalendarDay.Kind.valueOf(r.value2()), r.value3());
    }

    /** One line per day, e.g. {@code 2024-10-01 HOLIDAY 国庆节}: readable in the history and diffable. */
    private static String text(List<CalendarDay> days) {
        return days.stream().map(d -> d.date() + " " + d.kind().name() + " " + d.name())
                .collect(Collectors.joining("\n"));
    }
}
