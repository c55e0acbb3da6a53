package org.transferdesk.cli;

import java.nio.file.Path;
import org.transferdesk.app.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.export.FeePlanXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fee-plan", mixinStandardHelpOptions = true,
        description = {"Write the patent annual fee budget (年费预算, A4 landscape) of a year as .xlsx: every fee due "
                + "in the year, paid or not, with the university's and the co-owners' parts and the totals.",
                "Exit codes: 0 written, 1 file not written."})
public final class ExportFeePlanCommand extends CliCommand {
    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The calendar year, e.g. 2027.")
    int year;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The .xlsx file to write (default: 专利年费预算-<year>.xlsx in the current folder).")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        Path file = out != null ? out : Path.of(I18n.t("feePlan.fileName", String.valueOf(year)));
        FeePlanXlsx.write(file, context.due().feePlan(year));
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
