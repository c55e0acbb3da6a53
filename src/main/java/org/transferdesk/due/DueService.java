package org.transferdesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.transferdesk.audit.Actor;
import org.transferdesk.deal.Deal;
import org.transferdesk.due.persistence.DueRepository;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.settings.OfficeSettings;

/** The deadlines of every record that are not marked done, with the office's reminder levels. */
public final class DueService {
    public static final String REMINDER_DAYS = "due.reminder.days";
    public static final String REPORT_DEADLINE = "report.deadline";
    public static final String REMIND_FROM = "due.remindFrom";

    private static final Set<DueKind> ALWAYS = java.util.EnumSet.of(DueKind.PILOT_DEADLINE, DueKind.PATENT_FEE);

    private final DueRepository repository;
    private final DueSources sources;
    private final OfficeSettings office;
    private final Clock clock;

    public DueService(DueRepository repository, DueSources sources, OfficeSettings office, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.office = office;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The reminder levels in days (90,60,30,7 by default) in force on a date. */
    public List<Integer> reminderDays(LocalDate on) {
        return office.valueOn(REMINDER_DAYS, on).map(PilotSettings::parseDays).orElse(List.of(90, 60, 30, 7));
    }

    /** R-REPORT-WHO: the report deadline (month-day) in force in a year, 03-30 by default. */
    public MonthDay reportDeadline(int year) {
        return office.valueOn(REPORT_DEADLINE, LocalDate.of(year, 1, 1)).map(ReportReminders::parse)
                .orElse(MonthDay.of(3, 30));
    }

    /**
     * Deadlines before this day are history from before the office kept its records here and raise no
     * reminder (a 2018 备案表 was filed on paper): the setting {@code due.remindFrom}, else the day the
     * database was created. A pilot's recovery flag and an unpaid patent fee still in its grace period are
     * reminded whatever their date.
     */
    public LocalDate remindFrom(LocalDate today) {
        return office.valueOn(REMIND_FROM, today).map(LocalDate::parse).orElseGet(() -> repository.createdOn(today));
    }

    /** Every open item (not marked done), earliest first. */
    public List<DueItem> open(LocalDate today) {
        Set<String> done = repository.doneKeys();
        LocalDate from = remindFrom(today);
        List<DueItem> all = new ArrayList<>();
        List<Deal> deals = sources.deals();
        all.addAll(DealReminders.of(deals, today));
        all.addAll(DealReminders.obligations(sources.obligations()));
        all.addAll(RewardReminders.of(deals, sources.distributions()));
        all.addAll(PilotReminders.of(sources.pilotCases(), deals, today, sources.pilotRules(today)));
        all.addAll(PeopleReminders.of(sources.episodes()));
        all.addAll(ReportReminders.of(today, this::reportDeadline));
        return all.stream().filter(i -> !done.contains(i.key()))
                .filter(i -> !i.dueOn().isBefore(from) || ALWAYS.contains(i.kind()))
                .sorted(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::key)).toList();
    }

    /** Open items due on or before {@code today + days}, overdue ones included, earliest first. */
    public List<DueItem> within(LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        return open(today).stream().filter(i -> !i.dueOn().isAfter(until)).toList();
    }

    /** What the navigation badge counts: items overdue or within the smallest reminder level. */
    public int urgentCount(LocalDate today) {
        int smallest = reminderDays(today).stream().mapToInt(Integer::intValue).min().orElse(7);
        return within(today, smallest).size();
    }

    /** Marks an item done on {@code on} by the current user; it no longer appears. */
    public void markDone(String key, LocalDate on, String note) {
        repository.insert(new DoneMark(key, on, Actor.current(), LocalDateTime.now(clock),
                note == null || note.isBlank() ? null : note.strip()));
    }

    /** Takes a done mark back (the item reappears while its record still owes it). */
    public void undoDone(String key) {
        repository.delete(key);
    }

    public List<DoneMark> doneMarks() {
        return repository.all();
    }
}
