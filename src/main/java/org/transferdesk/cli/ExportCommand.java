package org.transferdesk.cli;

import org.transferdesk.common.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code export <what>}: one subcommand per export, so later ones are added to {@code subcommands}
 * without touching the others. Without a subcommand it prints the list.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        subcommands = {ExportDistributionsCommand.class, ExportRewardNoticeCommand.class,
                ExportTaxFilingCommand.class, ExportPayrollCommand.class, ExportStatementCommand.class,
                ExportPilotNoticeCommand.class, ExportPilotRegisterCommand.class, ExportFeePlanCommand.class,
                ExportPortfolioReviewCommand.class, ExportLedgerCommand.class,
                ExportAttachmentsCommand.class,
                ExportCatalogueCommand.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), I18n.t("cli.usage.missingSubcommand", spec.qualifiedName()));
    }
}
