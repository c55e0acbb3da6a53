package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.export.print.PrintableXlsx;
import org.transferdesk.reward.export.RewardDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "payroll", mixinStandardHelpOptions = true)
public final class ExportPayrollCommand extends CliCommand<RewardDocuments> {
    public ExportPayrollCommand() {
        super(AppContext::rewardDocuments);
    }

    @Option(names = "--from", paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    LocalDate to;

    @Option(names = "--distribution", paramLabel = "ID")
    Long distributionId;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(RewardDocuments documents) {
        PrintableSheet sheet;
        if (distributionId != null) {
            sheet = documents.payroll(distributionId);
        } else if (from != null && to != null && !to.isBefore(from)) {
            sheet = documents.payroll(from, to);
        } else {
            err().println(I18n.t("cli.export.payrollScope"));
            return 2;
        }
        PrintableXlsx.write(out, List.of(sheet));
        documents.exported("payroll", distributionId != null ? "#" + distributionId : from + "/" + to, List.of(sheet),
                out);
        documentWritten(out);
        return 0;
    }
}
