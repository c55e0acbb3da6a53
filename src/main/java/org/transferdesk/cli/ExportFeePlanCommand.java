package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.due.DueService;
import org.transferdesk.fees.export.FeePlanXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fee-plan", mixinStandardHelpOptions = true)
public final class ExportFeePlanCommand extends CliCommand<DueService> {
    public ExportFeePlanCommand() {
        super(AppContext::due);
    }

    @Option(names = "--year", required = true, paramLabel = "YEAR")
    int year;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(DueService due) {
        Path file = fileOrDefault(out, "feePlan.fileName", String.valueOf(year));
        FeePlanXlsx.write(file, due.feePlan(year));
        documentWritten(file);
        return 0;
    }
}
