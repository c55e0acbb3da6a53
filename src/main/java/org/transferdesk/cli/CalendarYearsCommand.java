package org.transferdesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calendar years}: which years have holiday arrangements, and the warning when this year or the next
 * (within {@code --ahead} days) has none — a script can run it each December.
 */
@Command(name = "years", mixinStandardHelpOptions = true)
public final class CalendarYearsCommand extends CliCommand<CalendarYearsCommand.Services> {
    record Services(WorkCalendarService calendar, Clock clock) {
    }

    public CalendarYearsCommand() {
        super(context -> new Services(context.calendar(), context.clock()));
    }

    @Option(names = "--ahead", paramLabel = "DAYS")
    int ahead = 90;

    @Override
    protected Integer run(Services services) {
        SortedSet<Integer> years = new TreeSet<>(services.calendar().yearsWithArrangements());
        out().println(I18n.t("cli.calendar.arranged",
                years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        LocalDate today = LocalDate.now(services.clock());
        SortedSet<Integer> gaps = services.calendar().calendar().unarrangedYears(today, today.plusDays(Math.max(0, ahead)));
        gaps.forEach(y -> out().println(I18n.t("cli.calendar.missingYear", String.valueOf(y))));
        out().flush();
        if (gaps.isEmpty()) {
            return 0;
        }
        err().println(CalendarGaps.message(gaps));
        return 3;
    }
}
