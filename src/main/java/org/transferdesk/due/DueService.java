package org.transferdesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.settings.OfficeSettings;

/** The deadlines of every record that are not marked done, with the office's reminder levels. */
public final class DueService {
    public static final String REMINDER_DAYS = "due.reminder.days";

    private final OfficeSettings office;
    private final Clock clock;

    public DueService(OfficeSettings office, Clock clock) {
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

    /** Every open item, earliest first. */
    public List<DueItem> open(LocalDate today) {
        return List.<DueItem>of().stream().sorted(Comparator.comparing(DueItem::dueOn)).toList();
    }

    /** Open items due on or before {@code today + days}, overdue ones included, earliest first. */
    public List<DueItem> within(LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        return open(today).stream().filter(i -> !i.dueOn().isAfter(until)).toList();
    }
}
