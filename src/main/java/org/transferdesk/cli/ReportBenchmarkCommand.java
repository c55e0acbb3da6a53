package org.transferdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The annual report over a large ledger, measured against the best plain SQL found for the same figures (two grouped
 * queries) and the older one-statement aggregate, in the same run (the ratio is what matters across machines). All
 * three must agree to the fen before a time is printed, or the run fails.
 * A benchmark, not a test: figures vary by machine and are reported, not asserted.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--contracts", defaultValue = "100000")
    int contracts;

    @Option(names = "--receipts", defaultValue = "300000")
    int receipts;

    @Option(names = "--year", defaultValue = "2024")
    int year;

    @Option(names = "--runs", defaultValue = "7")
    int runs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("transferdesk-report-benchmark-");
        System.setProperty("transferdesk.logdir", dir.resolve("logs").toString());
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "TransferDesk report benchmark: %,d contracts, %,d receipts, year %d%n", contracts,
                receipts, year);
        try (AppContext context = AppContext.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            long t0 = System.nanoTime();
            context.reportBenchmarkData().generate(contracts, receipts);
            out.printf(Locale.ROOT, "  generate              %8.0f ms%n", BenchmarkCommand.msSince(t0));

            // The figures must agree to the fen before any time is printed: a fast wrong baseline proves nothing.
            AnnualReport figures = context.reports().figures(year);
            Map<DealMode, Tally> aggregate = context.reportBenchmarkData().sqlAggregate(year);
            Map<DealMode, Tally> best = context.reportBenchmarkData().bestSql(year);
            ReportConventions conventions = context.reports().conventions(year);
            Map<DealMode, Tally> grouped = context.reportBenchmarkData().modeSums(year, conventions).modes();
            for (DealMode m : ReportModes.SIX) {
                if (!figures.mode(m).equals(aggregate.get(m)) || !figures.mode(m).equals(best.get(m))
                        || !figures.mode(m).equals(grouped.get(m))) {
                    spec.commandLine().getErr().printf("MISMATCH %s: report %s, SQL %s, grouped SQL %s,"
                            + " report's grouped sums %s%n", m, figures.mode(m), aggregate.get(m), best.get(m),
                            grouped.get(m));
                    return 1;
                }
            }
            double report = median(() -> context.reports().figures(year));
            double sql = median(() -> context.reportBenchmarkData().sqlAggregate(year));
            double bestSql = median(() -> context.reportBenchmarkData().bestSql(year));
            double sums = median(() -> context.reportBenchmarkData().modeSums(year, conventions));
            double withComparison = median(() -> context.reports().report(year));
            out.printf(Locale.ROOT, "  report (one year)     %8.1f ms  (median of %d; %,d contracts, %s yuan received)%n",
                    report, runs, figures.all().contracts(), figures.all().received().toPlainString());
            out.printf(Locale.ROOT, "  best plain SQL        %8.1f ms  (two grouped queries; same six-mode figures to the fen)%n",
                    bestSql);
            out.printf(Locale.ROOT, "  one-statement SQL     %8.1f ms  (UNION ALL, the old baseline; %.2f × the best)%n",
                    sql, sql / bestSql);
            out.printf(Locale.ROOT, "  ratio report / best SQL %6.2f ×   (target ≤ 2)%n", report / bestSql);
            // Not the report's time: the report screen and the exports count contract by contract; the home screen's
            // charts read their earlier years through these sums (ReportService.chartFigures).
            out.printf(Locale.ROOT, "  grouped mode sums     %8.1f ms  (ReportModeSums, the home screen's charts;"
                    + " %.2f × the best SQL)%n", sums, sums / bestSql);
            out.printf(Locale.ROOT, "  report + %d years     %8.1f ms  (what the screen and the exports compute)%n",
                    org.transferdesk.report.ReportService.COMPARISON_YEARS, withComparison);
            out.printf(Locale.ROOT, "  target: report < 2000 ms: %s; ratio ≤ 2: %s%n", report < 2000 ? "met" : "MISSED",
                    report / bestSql <= 2 ? "met" : "MISSED");
        } finally {
            BenchmarkCommand.deleteTree(dir);
        }
        return 0;
    }

    /** Two warm-up runs, then the median of {@code runs}. */
    private double median(Runnable work) {
        work.run();
        work.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            times.add(BenchmarkCommand.msSince(t));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
