package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.transferdesk.app.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.export.PrintableXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Write one person's reward statement (个人奖励明细) as .xlsx: every reward line by year, "
                + "with yearly totals. Exit codes: 0 written, 1 unknown staff number.")
public final class ExportStatementCommand extends CliCommand {
    @Option(names = "--staff-no", required = true, paramLabel = "NO", description = "The person's staff number (工号).")
    String staffNo;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        PrintableXlsx.write(out, List.of(context.rewardDocuments().statement(staffNo)));
        out().println(I18n.t("cli.export.documentWritten", out.toAbsolutePath()));
        return 0;
    }
}
