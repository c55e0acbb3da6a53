package org.transferdesk.cli;

import org.transferdesk.common.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db <what>}: upkeep of the database itself: the embedded file's, or setting up a shared server's (issue 21). */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = {DbCompactCommand.class, DbInitCommand.class, DbUpgradeCommand.class,
        DbCopyCommand.class, DbEncryptCommand.class, DbDecryptCommand.class})
public final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), I18n.t("cli.usage.missingSubcommand", spec.qualifiedName()));
    }
}
