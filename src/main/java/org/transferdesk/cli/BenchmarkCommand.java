package org.transferdesk.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.collections.ListChangeListener;
import org.transferdesk.app.AppContext;
import org.transferdesk.app.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ui.ResultsListViewModel;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Generates N results in a throwaway data folder and measures the results list as the GUI uses it
 * (the same view model): time to the first rows, to the full list, filter-as-you-type, and heap.
 * A benchmark, not a test: figures vary by machine and are reported, not asserted.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, subcommands = {ReportBenchmarkCommand.class, StartupBenchmarkCommand.class,
        ImportBenchmarkCommand.class})
public final class BenchmarkCommand implements Callable<Integer> {
    @Option(names = "--results", defaultValue = "100000")
    int results;

    @Option(names = "--people", defaultValue = "3000")
    int people;

    @Option(names = "--keep")
    boolean keep;

    @picocli.CommandLine.Mixin
    DataDirOption options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Default: a throwaway folder. With --data-dir the data is generated there (it must hold no
        // database yet) and kept, so the GUI can be tried on it afterwards.
        options.prepare();
        boolean ownFolder = options.dataDir != null;
        Path dir = ownFolder ? options.folder().root() : Files.createTempDirectory("transferdesk-benchmark-");
        if (ownFolder && Files.exists(new DataFolder(dir).databaseFile())) {
            spec.commandLine().getErr().println(org.transferdesk.common.I18n.t("cli.benchmark.notEmpty", dir));
            return 1;
        }
        keep |= ownFolder;
        System.setProperty("transferdesk.logdir", dir.resolve("logs").toString());
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "TransferDesk benchmark: %,d results, %,d people in %s%n", results, people, dir);
        long t0 = System.nanoTime();
        try (AppContext context = AppContext.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            DemoSummary made = context.demo().fill(people, results, ProgressSink.NONE);
            out.printf(Locale.ROOT, "  generate + write      %8.0f ms  (%,d results, %,d inventors, %,d IP)%n",
                    ms(t0), made.results(), made.inventors(), made.ipAssets());
        }
        try (AppContext context = AppContext.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            measureList(context, out);
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private void measureList(AppContext context, java.io.PrintWriter out) {
        ResultsListViewModel list = new ResultsListViewModel(context.disclosures(), new CurrentThreadTaskExecutor(),
                new DataEvents());
        long[] firstRows = {-1};
        long start = System.nanoTime();
        list.rows().addListener((ListChangeListener<DisclosureSummary>) c -> {
            if (firstRows[0] < 0 && !list.rows().isEmpty()) {
                firstRows[0] = System.nanoTime();
            }
        });
        list.load();
        long loaded = System.nanoTime();
        out.printf(Locale.ROOT, "  list: first rows      %8.0f ms  (target < 1000 ms)%n", (firstRows[0] - start) / 1e6);
        out.printf(Locale.ROOT, "  list: all %,d rows  %8.0f ms%n", list.totalCount(), (loaded - start) / 1e6);

        List<Double> times = new ArrayList<>();
        String[] terms = {"锂", "锂电池", "方法", "R-2020", "2023", "张", "深度学习", "zzzz-no-match", ""};
        for (int round = 0; round < 3; round++) {
            for (String term : terms) {
                long t = System.nanoTime();
                list.searchTextProperty().set(term);
                times.add(ms(t));
            }
        }
        long t = System.nanoTime();
        list.statusProperty().set(ResultStatus.CONVERTED);
        double facet = ms(t);
        list.clearFilters();
        Collections.sort(times);
        out.printf(Locale.ROOT, "  filter as you type    %8.1f ms median, %.1f ms max over %d keystrokes (target < 200 ms)%n",
                times.get(times.size() / 2), times.get(times.size() - 1), times.size());
        out.printf(Locale.ROOT, "  filter by status      %8.1f ms%n", facet);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "  heap used after load  %8.0f MB  (of %.0f MB max; target < 512 MB)%n",
                heap / 1048576.0, max / 1048576.0);
        if (list.totalCount() != results) {
            throw new IllegalStateException("expected " + results + " rows, got " + list.totalCount());
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    /**
     * The clock a benchmark's data is dated by: the root command's when run under {@code transferdesk} (tests fix it),
     * else the system's. Here, as this class is a composition root where the wall clock may be read.
     */
    static Clock clock(picocli.CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof TransferDeskCommand root ? root.clock() : Clock.systemDefaultZone();
    }

    /** Removes a throwaway benchmark folder. */
    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The median of the figures (the mean of the middle two when there is an even number of them). */
    static double median(java.util.Collection<? extends Number> values) {
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
