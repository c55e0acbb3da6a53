package org.transferdesk.cli;

import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand extends CliCommand<DemoService> {
    public DemoCommand() {
        super(AppContext::demo);
    }

    @Option(names = "--people", paramLabel = "N")
    int people = DemoService.DEFAULT_PEOPLE;

    @Option(names = "--results", paramLabel = "N")
    int results = DemoService.DEFAULT_RESULTS;

    @Option(names = "--seed", paramLabel = "S")
    long seed = DemoService.DEFAULT_SEED;

    @Override
    protected boolean makesDemo() {
        return true;
    }

    @Override
    protected Integer run(DemoService demo) {
        if (people < 1 || results < 0) {
            err().println(I18n.t("cli.demo.badCount"));
            return 2;
        }
        if (!demo.isEmpty()) {
            err().println(I18n.t("demo.notEmpty"));
            err().println(I18n.t("cli.demo.useNewFolder"));
            return 1;
        }
        if (demo.unfinished()) {
            err().println(I18n.t("demo.redoing"));
        }
        DemoSummary created = demo.fill(people, results, seed, new TenthsProgress());
        out().println(I18n.t("cli.demo.created", created.departments(), created.people(), created.results(),
                created.inventors(), created.ipAssets(), created.statusChanges(), seed));
        if (created.deals() > 0) {
            out().println(I18n.t("demo.createdDeals", created.deals(), created.counterparties(), created.receipts()));
        }
        DemoSummary.Rewards rewards = created.rewards();
        if (rewards.total() > 0 || rewards.refused() > 0) {
            out().println(I18n.t("demo.createdRewards", rewards.total(), rewards.draft(), rewards.publicising(),
                    rewards.approved(), rewards.paid(), rewards.revoked(), rewards.refused()));
        }
        if (created.obligations() + created.episodes() > 0) {
            out().println(I18n.t("demo.createdDeadlines", created.obligations(), created.episodes()));
        }
        if (created.pilotCases() > 0) {
            out().println(I18n.t("demo.createdPilots", created.pilotCases()));
        }
        return 0;
    }

    /** One line per tenth of the work on stderr, so a large fill shows it is alive without flooding the output. */
    private final class TenthsProgress implements ProgressSink {
        private long lastTenth = -1;

        @Override
        public void progress(long done, long total, String message) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err().println(I18n.t("cli.demo.progress", message, tenth * 10));
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
