package org.transferdesk.cli;

import org.transferdesk.common.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code calendar <what>}: the work calendar (工作日历) that working-day periods are counted in. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        subcommands = {CalendarImportCommand.class, CalendarYearsCommand.class})
public final class CalendarCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), I18n.t("cli.usage.missingSubcommand", spec.qualifiedName()));
    }
}
