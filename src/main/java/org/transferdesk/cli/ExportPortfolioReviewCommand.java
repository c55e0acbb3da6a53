package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.transferdesk.app.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.fees.export.FeePlanXlsx;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "portfolio-review", mixinStandardHelpOptions = true,
        description = {"Write the patent portfolio review (专利维持评估, A4 landscape) as .xlsx: granted patents whose "
                + "unpaid fees over the next N years exceed what their result has earned, the largest gap first.",
                "Exit codes: 0 written, 1 file not written, 2 bad option."})
public final class ExportPortfolioReviewCommand extends CliCommand {
    @Option(names = "--years", paramLabel = "N", defaultValue = "3",
            description = "How many years ahead to count the fees (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The .xlsx file to write (default: 专利组合审视-<date>.xlsx in the current folder).")
    Path out;

    @Override
    protected Integer run(AppContext context) {
        if (years < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), I18n.t("cli.feePlan.badYears"));
        }
        LocalDate today = context.due().today();
        Path file = out != null ? out : Path.of(I18n.t("feePlan.review.fileName", today.toString()));
        FeePlanXlsx.writeReview(file, context.due().portfolioReview(years), today, years);
        out().println(I18n.t("cli.export.documentWritten", file.toAbsolutePath()));
        return 0;
    }
}
