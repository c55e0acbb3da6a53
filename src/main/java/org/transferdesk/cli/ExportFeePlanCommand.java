package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
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
        Path file = out != null ? out : Path.of(I18n.t("feePlan.fileName", String.valueOf(year)));
        FeePlanXlsx.write(file, due.feePlan(year));
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
