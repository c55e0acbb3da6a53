package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.export.print.PrintableXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reward-notice", mixinStandardHelpOptions = true)
public final class ExportRewardNoticeCommand extends CliCommand<RewardDocuments> {
    public ExportRewardNoticeCommand() {
        super(AppContext::rewardDocuments);
    }

    @Option(names = "--distribution", required = true, paramLabel = "ID")
    long distributionId;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--from", paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    LocalDate to;

    @Override
    protected Integer run(RewardDocuments documents) {
        RewardDocuments.Notice notice = documents.notice(distributionId, from, to);
        PrintableXlsx.write(out, List.of(notice.sheet()));
        documentWritten(out);
        String gap = CalendarGaps.message(notice.unarrangedYears());
        if (!gap.isEmpty()) {
            err().println(gap);
        }
        return 0;
    }
}
