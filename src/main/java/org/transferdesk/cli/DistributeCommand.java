package org.transferdesk.cli;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.reward.BatchOutcome;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "distribute", mixinStandardHelpOptions = true)
public final class DistributeCommand extends CliCommand<DistributionService> {
    public DistributeCommand() {
        super(AppContext::distributions);
    }

    @Option(names = "--contract", paramLabel = "NO")
    String contractNo;

    @Option(names = "--year", paramLabel = "Y")
    Integer year;

    @Override
    protected Integer run(DistributionService distributions) {
        BatchOutcome outcome = distributions.distributeAll(
                contractNo == null ? null : contractNo.strip(), year);
        BigDecimal pools = BigDecimal.ZERO.setScale(2);
        for (Distribution d : outcome.created()) {
            String receipts = d.receipts().isEmpty() ? d.kind().label() : d.receipts().stream()
                    .map(r -> r.receivedOn() + " " + Money.format(r.amount())).collect(Collectors.joining(", "));
            out().println(I18n.t("cli.distribute.created", d.contractNo(), receipts, Money.format(d.figures().net()),
                    Money.format(d.figures().pool()), d.id()));
            pools = pools.add(d.figures().pool());
        }
        for (BatchOutcome.Skipped s : outcome.skipped()) {
            out().println(I18n.t("cli.distribute.skipped", s.contractNo(), s.what(), s.reason()));
        }
        out().println(I18n.t("cli.distribute.totals", outcome.created().size(), Money.format(pools),
                outcome.skipped().size()));
        return 0;
    }
}
