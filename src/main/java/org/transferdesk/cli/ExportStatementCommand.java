package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "statement", mixinStandardHelpOptions = true)
public final class ExportStatementCommand extends CliCommand {
    @Option(names = "--staff-no", required = true, paramLabel = "NO")
    String staffNo;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        PrintableXlsx.write(out, List.of(context.rewardDocuments().statement(staffNo)));
        out().println(I18n.t("cli.export.documentWritten", out.toAbsolutePath()));
        return 0;
    }
}
