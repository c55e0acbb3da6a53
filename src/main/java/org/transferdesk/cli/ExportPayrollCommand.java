package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.app.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.export.PrintableSheet;
import org.transferdesk.reward.export.PrintableXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "payroll", mixinStandardHelpOptions = true,
        description = {"Write the payroll sheet (发放表) for the finance office as .xlsx: the approved or paid reward "
                + "lines of a date range (paid on, or approved on if unpaid), or of one distribution.",
                "Exit codes: 0 written, 2 neither a range nor a distribution given."})
public final class ExportPayrollCommand extends CliCommand {
    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--distribution", paramLabel = "ID", description = "Instead of a range: one distribution.")
    Long distributionId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        PrintableSheet sheet;
        if (distributionId != null) {
            sheet = context.rewardDocuments().payroll(distributionId);
        } else if (from != null && to != null && !to.isBefore(from)) {
            sheet = context.rewardDocuments().payroll(from, to);
        } else {
            err().println(I18n.t("cli.export.payrollScope"));
            return 2;
        }
        PrintableXlsx.write(out, List.of(sheet));
        out().println(I18n.t("cli.export.documentWritten", out.toAbsolutePath()));
        return 0;
    }
}
