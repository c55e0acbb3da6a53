package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.app.AppContext;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.reward.export.PrintableXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reward-notice", mixinStandardHelpOptions = true,
        description = "Write the printable reward publicity notice (奖励公示, A4) of a distribution as .xlsx.")
public final class ExportRewardNoticeCommand extends CliCommand {
    @Option(names = "--distribution", required = true, paramLabel = "ID", description = "The distribution's number.")
    long distributionId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "DATE",
            description = "First day of the publicity if it has not been publicised yet (default: today).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Last day of a publicity not yet recorded (default: the earliest the rules allow).")
    LocalDate to;

    @Override
    protected Integer run(AppContext context) {
        RewardDocuments.Notice notice = context.rewardDocuments().notice(distributionId, from, to);
        PrintableXlsx.write(out, List.of(notice.sheet()));
        out().println(I18n.t("cli.export.documentWritten", out.toAbsolutePath()));
        String gap = CalendarGaps.message(notice.unarrangedYears());
        if (!gap.isEmpty()) {
            err().println(gap);
        }
        return 0;
    }
}
