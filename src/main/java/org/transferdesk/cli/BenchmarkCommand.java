package org.transferdesk.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.db.ServerSchemaGuard;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultFilter;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ui.ResultsListViewModel;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Generates N results in a throwaway data folder and measures the results list as the GUI uses it
 * (the same view model) in a fresh JVM: time to the first rows (against the service's first chunk in another fresh
 * JVM), to the full list, filter-as-you-type unsorted and sorted by title (against a plain Java filter), and heap.
 * A benchmark, not a test: figures vary by machine and are reported, not asserted.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, subcommands = {ReportBenchmarkCommand.class, StartupBenchmarkCommand.class,
        ImportBenchmarkCommand.class, SaveBenchmarkCommand.class})
public final class BenchmarkCommand implements Callable<Integer> {
    @Option(names = "--results", defaultValue = "100000")
    int results;

    @Option(names = "--people", defaultValue = "3000")
    int people;

    @Option(names = "--keep")
    boolean keep;

    /** The child JVM's part: measure the list in the folder the parent filled (the parent's JVM is warm). */
    @Option(names = "--measure-in-this-jvm", hidden = true)
    Measure measure;

    enum Measure { LIST, SERVICE }

    @picocli.CommandLine.Mixin
    DataDirOption options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (spec.root().userObject() instanceof TransferDeskCommand root) {
            options.inheritFrom(root.options);
        }
        // Default: a throwaway folder. With --data-dir the data is generated there (it must hold no
        // database yet) and kept, so the GUI can be tried on it afterwards.
        options.prepare();
        Shared shared = options.server().map(Shared::new).orElse(null);
        boolean ownFolder = options.dataDir != null;
        Path dir = ownFolder ? options.folder().root() : Files.createTempDirectory("transferdesk-benchmark-");
        if (ownFolder && measure == null && shared == null && Files.exists(new DataFolder(dir).databaseFile())) {
            spec.commandLine().getErr().println(org.transferdesk.common.I18n.t("cli.benchmark.notEmpty", dir));
            return 1;
        }
        keep |= ownFolder;
        System.setProperty("transferdesk.logdir", dir.resolve("logs").toString());
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "TransferDesk benchmark: %,d results, %,d people in %s%n", results, people, dir);
        if (measure != null) {
            try (AppContext context = open(dir, shared, ServerSchemaGuard.OPEN)) {
                if (measure == Measure.SERVICE) {
                    measureServiceFirstChunk(context, out);
                } else {
                    measureList(context, out);
                }
            }
            return 0;
        }
        if (shared == null) {
            try {
                return measure(dir, null, out) == null ? 1 : 0;
            } finally {
                if (!keep) {
                    deleteTree(dir);
                }
            }
        }
        // Issue 21: the shared database first, then the same data on the embedded H2 file in the same run, as a
        // figure from a server alone says little across machines; the ratio PostgreSQL / H2 is what compares.
        out.printf(Locale.ROOT, "  database: %s as %s (shared PostgreSQL; H2 in the same run for the ratio)%n",
                shared.address, shared.login());
        Map<String, String> server;
        Map<String, String> embedded;
        try {
            try {
                server = measure(dir, shared, out);
            } catch (UserFacingException e) {
                spec.commandLine().getErr().println(e.getLocalizedMessage());
                return 1;
            }
            if (server == null) {
                return 1;
            }
            // inside the run's folder, which holds the logs of both until it is deleted (or kept) as a whole
            Path h2 = dir.resolve("h2-comparison");
            PrintWriter h2Out = prefixed(out, "[H2] ");
            h2Out.printf(Locale.ROOT, "  %,d results, %,d people in %s%n", results, people, h2);
            embedded = measure(h2, null, h2Out);
            h2Out.flush();
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
        if (embedded == null) {
            return 1;
        }
        for (String[] figure : RATIOS) {
            serverToH2(out, figure[1], Double.parseDouble(server.get(figure[0])),
                    Double.parseDouble(embedded.get(figure[0])));
        }
        out.printf(Locale.ROOT, "  the generated data stays in %s: drop that database when done%n", shared.address);
        return 0;
    }

    /** One figure's line comparing the shared database's time to H2's in the same run (issue 21). */
    static void serverToH2(PrintWriter out, String what, double server, double embedded) {
        out.printf(Locale.ROOT, "  PostgreSQL / H2: %-26s %8.1f ms / %8.1f ms = %6.2f ×%n", what, server, embedded,
                server / embedded);
    }

    /** The figures compared between the shared database and H2: the child's tag, and what it is. */
    private static final String[][] RATIOS = {{"generate", "generate + write"},
        {"firstChunk", "service: first chunk"}, {"firstRows", "list: first rows"}, {"allRows", "list: all rows"},
        {"unsortedMax", "filter worst, unsorted"}, {"sortedMax", "filter worst, sorted"}};

    /**
     * Generates the results into {@code dir}'s database, or the shared one, and measures the list in fresh JVMs;
     * prints the lines and answers the figures (null when a fresh JVM failed).
     */
    private Map<String, String> measure(Path dir, Shared shared, PrintWriter out) throws Exception {
        long t0 = System.nanoTime();
        double generated;
        try (AppContext context = open(dir, shared, ServerSchemaGuard.INIT)) {
            DemoSummary made = context.demo().fill(people, results, ProgressSink.NONE);
            generated = msSince(t0);
            out.printf(Locale.ROOT, "  generate + write      %8.0f ms  (%,d results, %,d inventors, %,d IP)%n",
                    generated, made.results(), made.inventors(), made.ipAssets());
        }
        // Measured in fresh JVMs, as a user opens the list: this JVM is warmed by writing every result (issue 20).
        // The baseline first: the service's own first chunk, in another fresh JVM.
        Map<String, String> service = child(dir, shared, Measure.SERVICE, out);
        Map<String, String> list = child(dir, shared, Measure.LIST, out);
        if (service == null || list == null) {
            return null;
        }
        double firstRows = Double.parseDouble(list.get("firstRows"));
        double firstChunk = Double.parseDouble(service.get("firstChunk"));
        out.printf(Locale.ROOT, "  ratio first rows / service's first chunk %6.2f ×%n", firstRows / firstChunk);
        out.printf(Locale.ROOT, "  targets: first rows < 1000 ms: %s; sorted filter's worst keystroke < 150 ms: %s%n",
                firstRows < 1000 ? "met" : "MISSED",
                Double.parseDouble(list.get("sortedMax")) < 150 ? "met" : "MISSED");
        Map<String, String> figures = new HashMap<>(list);
        figures.putAll(service);
        figures.put("generate", String.valueOf(generated));
        return figures;
    }

    /** The data folder's own H2 file, or the shared database ({@code guard} INIT: it must be empty, and is set up). */
    private static AppContext open(Path dir, Shared shared, ServerSchemaGuard guard) {
        return shared == null ? AppContext.open(new DataFolder(dir), Clock.systemDefaultZone())
                : shared.open(new DataFolder(dir), guard, Clock.systemDefaultZone());
    }

    /**
     * The shared database of {@code --db} and its password: {@value DataDirOption#PASSWORD_ENV}, else asked once on the
     * console when the server wants one (as the other commands do), and handed to the fresh JVMs in their environment,
     * never on their command line.
     */
    static final class Shared {
        final ServerAddress address;
        private String password = System.getenv(DataDirOption.PASSWORD_ENV);

        Shared(ServerAddress address) {
            this.address = address;
        }

        String login() {
            return address.user() != null ? address.user() : System.getProperty("user.name");
        }

        AppContext open(DataFolder folder, ServerSchemaGuard guard, Clock clock) {
            try {
                return AppContext.openShared(folder, address, password, guard, clock);
            } catch (UserFacingException e) {
                if (password != null || !"error.server.passwordNeeded".equals(e.key())) {
                    throw e;
                }
                password = DataDirOption.askPassword(address);
                return AppContext.openShared(folder, address, password, guard, clock);
            }
        }

        /** The options that name this database to a fresh JVM, and its password in the environment. */
        void passTo(List<String> command, Map<String, String> environment) {
            command.addAll(List.of("--db", address.toString()));
            if (address.user() != null) {
                command.addAll(List.of("--db-user", address.user()));
            }
            if (password != null) {
                environment.put(DataDirOption.PASSWORD_ENV, password);
            }
        }
    }

    /**
     * {@code out} with {@code label} after each line's indent, for the H2 run beside the shared database's: its lines
     * stay apart from the ones scripts read, which keep their exact text.
     */
    static PrintWriter prefixed(PrintWriter out, String label) {
        return new PrintWriter(new java.io.Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] chars, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    line.append(chars[i]);
                    if (chars[i] == '\n') {
                        int indent = 0;
                        while (indent < line.length() && line.charAt(indent) == ' ') {
                            indent++;
                        }
                        out.print(line.substring(0, indent) + label + line.substring(indent));
                        line.setLength(0);
                    }
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                flush();
            }
        }, true);
    }

    /**
     * Runs this command's measuring part in a new JVM with this one's heap and collector options, prints its lines
     * and answers the figures it tagged ({@code =key=value}); null when it failed.
     */
    private Map<String, String> child(Path dir, Shared shared, Measure what, PrintWriter out) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:+Use"))
                .forEach(command::add);
        command.add("-Dtransferdesk.logdir=" + dir.resolve("logs"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AppInfo.MAIN_CLASS, "benchmark",
                "--measure-in-this-jvm", what.name(), "--results", String.valueOf(results), "--data-dir",
                dir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (shared != null) {
            shared.passTo(command, builder.environment());
        }
        Process process = builder.start();
        Map<String, String> figures = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("=")) {
                    String[] kv = line.substring(1).split("=", 2);
                    figures.put(kv[0], kv[1]);
                } else if (!line.startsWith("TransferDesk benchmark:")) {
                    out.println(line);
                }
            }
        }
        int code = process.waitFor();
        out.flush();
        return code == 0 ? figures : null;
    }

    /** The baseline for the first rows: the service's first chunk alone, without the view model. */
    private static void measureServiceFirstChunk(AppContext context, PrintWriter out) {
        long start = System.nanoTime();
        double[] firstChunk = {-1};
        try {
            context.disclosures().loadSummaries(ResultsListViewModel.FIRST_CHUNK, ResultsListViewModel.CHUNK, chunk -> {
                firstChunk[0] = msSince(start);
                throw new FirstChunkRead();
            });
        } catch (FirstChunkRead expected) {
            // the rest of the rows are not this baseline's business
        }
        out.printf(Locale.ROOT, "  service: first chunk  %8.0f ms  (fresh JVM; %,d rows, no view model)%n",
                firstChunk[0], ResultsListViewModel.FIRST_CHUNK);
        out.printf(Locale.ROOT, "=firstChunk=%.3f%n", firstChunk[0]);
    }

    private static final class FirstChunkRead extends RuntimeException {
        FirstChunkRead() {
            super(null, null, false, false);
        }
    }

    private void measureList(AppContext context, PrintWriter out) {
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
        double first = (firstRows[0] - start) / 1e6;
        out.printf(Locale.ROOT, "  list: first rows      %8.0f ms  (fresh JVM, %,d ms after it started; target < 1000 ms)%n",
                first, ManagementFactory.getRuntimeMXBean().getUptime() - Math.round(msSince(firstRows[0])));
        out.printf(Locale.ROOT, "=firstRows=%.3f%n", first);
        out.printf(Locale.ROOT, "  list: all %,d rows  %8.0f ms%n", list.totalCount(), (loaded - start) / 1e6);
        out.printf(Locale.ROOT, "=allRows=%.3f%n", (loaded - start) / 1e6);

        List<Double> unsorted = keystrokes(list);
        list.sortedRows().comparatorProperty().set(TITLE_AS_THE_TABLE_SORTS);
        List<Double> sorted = keystrokes(list);
        List<Double> plain = plainFilter(list);
        List<Double> before = sortedOverFiltered(list);
        long t = System.nanoTime();
        list.filters().status().set(ResultStatus.CONVERTED);
        double facet = msSince(t);
        list.clearFilters();
        out.printf(Locale.ROOT, "  filter as you type    %8.1f ms median, %.1f ms max over %d keystrokes (unsorted)%n",
                median(unsorted), max(unsorted), unsorted.size());
        out.printf(Locale.ROOT, "  filter, sorted by title %6.1f ms median, %.1f ms max (target < 150 ms)%n",
                median(sorted), max(sorted));
        out.printf(Locale.ROOT, "  plain Java filter     %8.1f ms median, %.1f ms max (same terms over an ArrayList)%n",
                median(plain), max(plain));
        out.printf(Locale.ROOT, "  before issue 20       %8.1f ms median, %.1f ms max (SortedList over FilteredList, sorted)%n",
                median(before), max(before));
        out.printf(Locale.ROOT, "  ratio sorted worst / plain worst %6.2f ×; before issue 20 %.2f ×%n",
                max(sorted) / max(plain), max(before) / max(plain));
        out.printf(Locale.ROOT, "=sortedMax=%.3f%n", max(sorted));
        out.printf(Locale.ROOT, "=unsortedMax=%.3f%n", max(unsorted));
        out.printf(Locale.ROOT, "  filter by status      %8.1f ms%n", facet);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "  heap used after load  %8.0f MB  (of %.0f MB max; target < 512 MB)%n",
                heap / 1048576.0, maxHeap / 1048576.0);
        if (list.totalCount() != results) {
            throw new IllegalStateException("expected " + results + " rows, got " + list.totalCount());
        }
    }

    private static final String[] TERMS = {"锂", "锂电池", "方法", "R-2020", "2023", "张", "深度学习", "zzzz-no-match", ""};

    /** Three rounds of the terms typed into the list's search box: milliseconds per keystroke. */
    private static List<Double> keystrokes(ResultsListViewModel list) {
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String term : TERMS) {
                long t = System.nanoTime();
                list.searchTextProperty().set(term);
                times.add(msSince(t));
            }
        }
        list.searchTextProperty().set("");
        return times;
    }

    /** The baseline: the same predicates over a plain ArrayList of the rows already in order. */
    private static List<Double> plainFilter(ResultsListViewModel list) {
        List<DisclosureSummary> rows = new ArrayList<>(list.rows());
        List<Double> times = new ArrayList<>();
        int kept = 0;
        for (int round = 0; round < 3; round++) {
            for (String term : TERMS) {
                long t = System.nanoTime();
                var predicate = new ResultFilter(term, null, null, null, null).predicate();
                kept += rows.stream().filter(predicate).toList().size();
                times.add(msSince(t));
            }
        }
        if (kept < 0) {
            throw new AssertionError();
        }
        return times;
    }

    /** The same keystrokes on the arrangement the list pages had before issue 20: a re-sort per keystroke. */
    private static List<Double> sortedOverFiltered(ResultsListViewModel list) {
        FilteredList<DisclosureSummary> filtered = new FilteredList<>(FXCollections.observableArrayList(list.rows()));
        SortedList<DisclosureSummary> sorted = new SortedList<>(filtered, TITLE_AS_THE_TABLE_SORTS);
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String term : TERMS) {
                long t = System.nanoTime();
                filtered.setPredicate(new ResultFilter(term, null, null, null, null).predicate());
                times.add(msSince(t));
            }
        }
        if (sorted.size() != list.rows().size()) {
            throw new IllegalStateException("the old arrangement shows other rows");
        }
        return times;
    }

    /** What a click on the title header sets: TableColumn's default comparator, a new Collator per comparison. */
    private static final java.util.Comparator<DisclosureSummary> TITLE_AS_THE_TABLE_SORTS =
            (a, b) -> Collator.getInstance().compare(a.title(), b.title());

    private static double max(List<Double> times) {
        return Collections.max(times);
    }

    /** Milliseconds since {@code start}, a {@link System#nanoTime()}. */
    static double msSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** A count as the benchmarks print it: 100,000. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A ratio of two timings as the benchmarks print it: 0.42. */
    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    /**
     * A sub-benchmark's language: its own --lang, else the one given to {@code benchmark} or to {@code transferdesk};
     * else the app's language setting; else Chinese.
     */
    /**
     * The benchmarks that measure this PC's embedded database only (import, save, startup) refuse {@code --db} rather
     * than quietly measuring H2 while the user asked for the server (issue 21).
     */
    static void refuseServer(picocli.CommandLine.Model.CommandSpec spec, DataDirOption options) {
        boolean asked = options != null && options.server().isPresent()
                || spec.root().userObject() instanceof TransferDeskCommand root && root.options.server().isPresent();
        if (asked) {
            throw new org.transferdesk.common.UserFacingException("cli.db.fileOnly", spec.qualifiedName());
        }
    }

    static void applyLanguage(picocli.CommandLine.Model.CommandSpec spec, DataDirOption options) {
        if (spec.parent() != null && spec.parent().userObject() instanceof BenchmarkCommand parent) {
            options.inheritFrom(parent.options);
        }
        if (spec.root().userObject() instanceof TransferDeskCommand root) {
            options.inheritFrom(root.options);
        }
        options.applyLanguage();
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
