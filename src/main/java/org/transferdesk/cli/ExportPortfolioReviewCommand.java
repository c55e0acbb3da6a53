package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueService;
import org.transferdesk.fees.export.FeePlanXlsx;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "portfolio-review", mixinStandardHelpOptions = true)
public final class ExportPortfolioReviewCommand extends CliCommand<DueService> {
    public ExportPortfolioReviewCommand() {
        super(AppContext::due);
    }

    @Option(names = "--years", paramLabel = "N", defaultValue = "3")
    int years;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Override
    protected Integer run(DueService due) {
        if (years < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), I18n.t("cli.feePlan.badYears"));
        }
        LocalDate today = due.today();
        Path file = fileOrDefault(out, "feePlan.review.fileName", today.toString());
        FeePlanXlsx.writeReview(file, due.portfolioReview(years), today, years);
        documentWritten(file);
        return 0;
    }
}
