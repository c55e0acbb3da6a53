package org.transferdesk.cli;

import org.transferdesk.common.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit <what>}: the audit trail (issue 22). */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                I18n.t("cli.usage.missingSubcommand", spec.qualifiedName()));
    }
}
