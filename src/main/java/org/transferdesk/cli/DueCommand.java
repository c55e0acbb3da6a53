package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueService;
import org.transferdesk.due.export.DueCsv;
import org.transferdesk.due.export.DueIcs;
import org.transferdesk.due.export.DueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "due", mixinStandardHelpOptions = true)
public final class DueCommand extends CliCommand<DueCommand.Services> {
    record Services(DueService due, Clock clock) {
    }

    public DueCommand() {
        super(context -> new Services(context.due(), context.clock()));
    }

    enum Format { text, json, csv, ics }

    @Option(names = "--within", paramLabel = "DAYS")
    Integer within;

    @Option(names = "--format", paramLabel = "FORMAT")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(Services services) throws Exception {
        DueService due = services.due();
        LocalDate today = due.today();
        List<Integer> levels = due.reminderDays(today);
        int days = within != null ? within : levels.stream().mapToInt(Integer::intValue).max().orElse(90);
        if (days < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), I18n.t("cli.due.badWithin"));
        }
        List<DueItem> items = due.within(today, days);
        // on standard error, so the JSON, CSV and iCalendar on standard output stay as scripts expect them
        String gap = CalendarGaps.message(due.calendarGaps(today, days));
        if (!gap.isEmpty()) {
            err().println(gap);
        }
        if (out != null) {
            switch (format) {
                case json -> DueJson.write(out, items, today, days, levels);
                case csv -> DueCsv.write(out, items, today, levels);
                case ics -> DueIcs.write(out, items, today, levels, services.clock().instant());
                case text -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        I18n.t("cli.due.textToFile"));
            }
            documentWritten(out);
            return 0;
        }
        switch (format) {
            case json -> DueJson.write(items, today, days, levels, out());
            case csv -> DueCsv.write(items, today, levels, out());
            case ics -> DueIcs.write(items, today, levels, services.clock().instant(), out());
            case text -> text(items, today, days);
        }
        out().flush();
        return 0;
    }

    private void text(List<DueItem> items, LocalDate today, int days) {
        for (DueItem i : items) {
            out().println(String.join("  ", i.dueOn().toString(), i.statusText(today), i.kind().label(), i.record().label(),
                    i.action() + (i.amount() == null ? "" : " " + Money.format(i.amount())), "[" + i.rule() + "]"));
        }
        long overdue = items.stream().filter(i -> i.overdue(today)).count();
        out().println(I18n.t("cli.due.totals", items.size(), overdue, days));
    }
}
