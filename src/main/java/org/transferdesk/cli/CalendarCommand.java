package org.transferdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code calendar <what>}: the work calendar (工作日历) that working-day periods are counted in. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "The work calendar (工作日历): public holidays and worked weekend days. Choose:",
        subcommands = {CalendarImportCommand.class, CalendarYearsCommand.class})
public final class CalendarCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to do, e.g. 'calendar import 2027.json'.");
    }
}
