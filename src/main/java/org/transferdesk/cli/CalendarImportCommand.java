package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.calendar.CalendarImportPlan;
import org.transferdesk.calendar.HolidayCnFile;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calendar import FILE [--dry-run]}: one year of the State Council's holiday arrangements in the holiday-cn
 * JSON format. Prints what changes, then saves it (all years in one transaction) unless {@code --dry-run}.
 * Exit 2 with every problem and nothing saved when the file is not valid.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class CalendarImportCommand extends CliCommand<WorkCalendarService> {
    public CalendarImportCommand() {
        super(AppContext::calendar);
    }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
    Path file;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    protected Integer run(WorkCalendarService calendar) {
        CalendarImportPlan plan = calendar.planImport(HolidayCnFile.read(file));
        plan.describe().forEach(out()::println);
        if (dryRun) {
            out().println(I18n.t("cli.calendar.dryRun"));
        } else if (!plan.changesAnything()) {
            out().println(I18n.t("cli.calendar.nothing"));
        } else {
            calendar.applyImport(plan);
            out().println(I18n.t("cli.calendar.imported"));
        }
        return 0;
    }
}
