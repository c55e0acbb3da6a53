package org.transferdesk.cli;

import static org.transferdesk.cli.BenchmarkCommand.number;
import static org.transferdesk.cli.BenchmarkCommand.ratio;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.benchmark.SaveCost;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * A deal save's background cost on a generated database ({@link SaveCost}): the save and the due list's incremental
 * refresh (badge and home screen), median and worst of several saves, against the full derive of every deadline,
 * issue 20's baseline. A benchmark, not a test: figures vary by machine and are reported, not asserted.
 */
@Command(name = "save", mixinStandardHelpOptions = true)
public final class SaveBenchmarkCommand extends BenchmarkSubcommand {
    /** Issue 20's target for a save's background work on the 100,000-result database. */
    private static final double TARGET_MS = 300;

    @Option(names = "--results", defaultValue = "100000")
    int results;

    @Option(names = "--people", defaultValue = "3000")
    int people;

    @Option(names = "--saves", defaultValue = "10")
    int saves;

    /**
     * A data folder with a database already (e.g. one `benchmark --keep` generated): generating 100,000 results
     * takes many minutes on a busy machine, so the quiet minutes go to the measuring. The saves stay in it.
     */
    @Option(names = "--on", paramLabel = "DIR")
    Path on;

    /**
     * Leaves out the save's rehearsal the desktop app runs after its home screen is filled: the first save then pays
     * the save path's first use, as every first save did before (issue 20), for a same-jar comparison.
     */
    @Option(names = "--no-warm-up")
    boolean noWarmUp;

    @Override
    protected Integer benchmark(PrintWriter out) throws Exception {
        if (results < 1 || people < 1 || saves < 1) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.benchmark.save.badCount"));
        }
        Clock clock = clock();
        if (on != null && !Files.exists(new DataFolder(on).databaseFile())) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.benchmark.save.noDatabase", on));
        }
        Path dir = on != null ? withLogsIn(on) : throwawayFolder("save");
        try (AppContext context = AppContext.open(new DataFolder(dir), clock)) {
            if (on != null) {
                out.println(I18n.t("cli.benchmark.save.titleOn", saves, dir));
            } else {
                out.println(I18n.t("cli.benchmark.save.title", number(results), number(people), saves, dir));
                out.flush();
                long t = System.nanoTime();
                context.demo().fill(people, results, ProgressSink.NONE);
                out.println(I18n.t("cli.benchmark.save.generated", ms(BenchmarkCommand.msSince(t))));
            }
            out.flush();
            SaveCost.Figures f = SaveCost.measure(context, saves, !noWarmUp);
            double full = SaveCost.median(f.fullDerive());
            double background = SaveCost.median(f.backgrounds());
            out.println(I18n.t("cli.benchmark.save.records", number(f.deals()), number(f.items())));
            out.println(I18n.t("cli.benchmark.save.full", ms(full), list(f.fullDerive())));
            double bulk = SaveCost.median(f.bulkDeals());
            out.println(I18n.t("cli.benchmark.save.dealReads", ms(bulk), ms(SaveCost.median(f.screenDeals())),
                    ratio(SaveCost.median(f.screenDeals()) / bulk)));
            out.println(I18n.t("cli.benchmark.save.first", ms(f.firstIncremental())));
            out.println(noWarmUp ? I18n.t("cli.benchmark.save.noWarmUp") : I18n.t("cli.benchmark.save.warmUp", ms(f.warmUp())));
            out.println(I18n.t("cli.benchmark.save.save", ms(SaveCost.median(f.saves())), ms(SaveCost.worst(f.saves()))));
            out.println(I18n.t("cli.benchmark.save.refresh", ms(SaveCost.median(f.refreshes())),
                    ms(SaveCost.worst(f.refreshes()))));
            out.println(I18n.t("cli.benchmark.save.background", ms(background), ms(SaveCost.worst(f.backgrounds())),
                    list(f.backgrounds())));
            // the JVM's first save apart from the rest: a warm-up must not hide in the median
            List<Double> later = f.backgrounds().subList(1, f.backgrounds().size());
            out.println(later.isEmpty()
                    ? I18n.t("cli.benchmark.save.firstSave", ms(f.backgrounds().get(0)), ms(f.saves().get(0)),
                            ms(f.refreshes().get(0)))
                    : I18n.t("cli.benchmark.save.firstAndLater", ms(f.backgrounds().get(0)), ms(f.saves().get(0)),
                            ms(f.refreshes().get(0)), later.size(), ms(SaveCost.median(later)), ms(SaveCost.worst(later))));
            out.println(I18n.t("cli.benchmark.save.ratio", ratio(background / full), ratio(full / background)));
            out.println(I18n.t(SaveCost.worst(f.backgrounds()) < TARGET_MS ? "cli.benchmark.save.met"
                    : "cli.benchmark.save.missed", ms(TARGET_MS)));
            out.println(I18n.t("cli.benchmark.import.note"));
        } finally {
            if (on == null) {
                BenchmarkCommand.deleteTree(dir);
            }
        }
        return 0;
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.1f" : "%,.0f", ms);
    }

    private static String list(List<Double> values) {
        return values.stream().map(SaveBenchmarkCommand::ms).collect(Collectors.joining(" "));
    }
}
