package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.export.print.PrintableXlsx;
import org.transferdesk.reward.export.RewardDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "statement", mixinStandardHelpOptions = true)
public final class ExportStatementCommand extends CliCommand<RewardDocuments> {
    public ExportStatementCommand() {
        super(AppContext::rewardDocuments);
    }

    @Option(names = "--staff-no", required = true, paramLabel = "NO")
    String staffNo;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(RewardDocuments documents) {
        PrintableXlsx.write(out, List.of(documents.statement(staffNo)));
        documentWritten(out);
        return 0;
    }
}
