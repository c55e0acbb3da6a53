package org.transferdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The desktop app's start time, as a user sees it: each run starts a new process of the launcher with
 * {@code --startup-check} on a data folder holding the demo data (of {@code --results N}, for a large database), and
 * times it from the moment the process is started to the line that says the main window is shown and to the line
 * that says the home screen is filled (its background loading done). Each run also starts the same program with the
 * same flags as a bare JavaFX window, the baseline the ratios are to (issue 20). Needs a display (Xvfb will do).
 * A benchmark, not a test: figures vary by machine and are reported, not asserted.
 */
@Command(name = "startup", mixinStandardHelpOptions = true)
public final class StartupBenchmarkCommand implements Callable<Integer> {
    private static final long TIMEOUT_SECONDS = 120;

    @Option(names = "--runs", defaultValue = "5")
    int runs;

    @Option(names = "--launcher", paramLabel = "PROGRAM")
    Path launcher;

    @Option(names = "--cold")
    boolean cold;

    /** Issue 20: the start on a large database (demo data of N results), not only on the small demo. */
    @Option(names = "--results", paramLabel = "N")
    Integer results;

    /**
     * Issue 20: start on a data folder that already holds a database (e.g. the 100,000 results {@code benchmark --keep}
     * kept): generating them takes many minutes. The starts write to it (a backup, a compaction on exit) and it is kept.
     */
    @Option(names = "--on", paramLabel = "DATA_DIR")
    Path on;

    /**
     * The baseline's other half (issue 20): in this fresh JVM, open the folder's database and time the home screen's
     * own queries alone — its figures and the reminders badge, the loads the start waits for — then print them.
     */
    @Option(names = "--time-home-queries", paramLabel = "DATA_DIR", hidden = true)
    Path homeQueriesOf;

    /** The line the home queries' time is printed on. */
    static final String HOME_QUERIES = "TransferDesk home screen's queries took ";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchmarkCommand.refuseServer(spec, null);
        var out = spec.commandLine().getOut();
        if (homeQueriesOf != null) {
            out.printf(Locale.ROOT, "%s%d ms%n", HOME_QUERIES, timeHomeQueries(homeQueriesOf));
            out.flush();
            return 0;
        }
        List<String> program = launcher != null ? List.of(launcher.toAbsolutePath().toString()) : thisProgram();
        Path dir = on != null ? on.toAbsolutePath() : Files.createTempDirectory("transferdesk-startup-benchmark-");
        try {
            out.printf(Locale.ROOT, "TransferDesk start-time benchmark: %d %sstarts of %s%n", runs, cold ? "cold " : "",
                    String.join(" ", program));
            List<String> demoArgs = new ArrayList<>(List.of("demo", "--data-dir", dir.toString()));
            if (results != null) {
                demoArgs.addAll(List.of("--results", String.valueOf(results), "--people",
                        String.valueOf(Math.max(15, results / 33))));
            }
            Run demo = on != null ? null : run(program, demoArgs);
            if (demo != null && demo.exitCode != 0) {
                out.println("  demo data could not be made:\n" + demo.output);
                return 1;
            }
            List<Long> shown = new ArrayList<>();
            List<Long> filled = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            List<Long> queries = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                if (cold) {
                    dropFileCache();
                }
                // Interleaved, so a busy machine weighs on both alike: the baseline is the same program with the same
                // flags opening an empty window (issue 20).
                Run window = run(program, List.of(DesktopStart.BARE_WINDOW));
                if (window.exitCode != 0 || window.at(DesktopStart.BARE_SHOWN) < 0) {
                    out.printf(Locale.ROOT, "  bare window %d failed (exit code %d):%n%s%n", i, window.exitCode,
                            window.output);
                    return 1;
                }
                if (cold) {
                    dropFileCache();
                }
                Run start = run(program, List.of("--startup-check", "--data-dir", dir.toString()));
                if (start.exitCode != 0 || start.at(DesktopStart.SHOWN) < 0 || start.at(DesktopStart.FILLED) < 0) {
                    out.printf(Locale.ROOT, "  start %d failed (exit code %d):%n%s%n", i, start.exitCode, start.output);
                    return 1;
                }
                Run alone = run(program, List.of("benchmark", "startup", "--time-home-queries", dir.toString()));
                if (alone.exitCode != 0 || alone.number(HOME_QUERIES) < 0) {
                    out.printf(Locale.ROOT, "  home queries %d failed (exit code %d):%n%s%n", i, alone.exitCode,
                            alone.output);
                    return 1;
                }
                queries.add(alone.number(HOME_QUERIES));
                bare.add(window.at(DesktopStart.BARE_SHOWN));
                shown.add(start.at(DesktopStart.SHOWN));
                filled.add(start.at(DesktopStart.FILLED));
                out.printf(Locale.ROOT, "  start %d: main window after %,6d ms (JVM up %s), home screen filled after "
                        + "%,6d ms, closed after %,6d ms; bare window %,6d ms; home screen's queries alone %,6d ms%n",
                        i, start.at(DesktopStart.SHOWN), start.reported(DesktopStart.SHOWN),
                        start.at(DesktopStart.FILLED), start.total, window.at(DesktopStart.BARE_SHOWN),
                        alone.number(HOME_QUERIES));
            }
            long medianBare = median(bare);
            out.printf(Locale.ROOT, "  median of %d: main window after %,d ms%n", runs, median(shown));
            out.printf(Locale.ROOT, "  median of %d: home screen filled after %,d ms%n", runs, median(filled));
            out.printf(Locale.ROOT, "  median of %d: bare JavaFX window (same program, same flags) after %,d ms%n",
                    runs, medianBare);
            long medianQueries = median(queries);
            out.printf(Locale.ROOT, "  median of %d: the home screen's own queries alone (fresh JVM, after the open) "
                    + "%,d ms%n", runs, medianQueries);
            out.printf(Locale.ROOT, "  ratio main window / bare window %5.2f ×; home screen filled / bare window "
                    + "%5.2f ×; home screen filled / (bare window + its own queries) %5.2f ×%n",
                    (double) median(shown) / medianBare, (double) median(filled) / medianBare,
                    (double) median(filled) / (medianBare + medianQueries));
            return 0;
        } finally {
            if (on == null) {
                BenchmarkCommand.deleteTree(dir);
            }
        }
    }

    /**
     * The home screen's loads as the desktop app runs them at the start (the incremental due list's first derive
     * serves both the badge and the attention list), one after the other: milliseconds.
     */
    static long timeHomeQueries(Path dataDir) {
        try (org.transferdesk.bootstrap.AppContext context = org.transferdesk.bootstrap.AppContext.open(
                new org.transferdesk.bootstrap.DataFolder(dataDir), java.time.Clock.systemDefaultZone())) {
            org.transferdesk.due.DueService due = context.due().incremental();
            long t0 = System.nanoTime();
            new org.transferdesk.dashboard.DashboardService(context.reports(), due, context.pilots(), context.clock())
                    .load();
            due.urgentCount(due.today());
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    /** Linux keeps read files in memory: dropping them makes each start read the app from disk again. */
    private static void dropFileCache() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
    }

    /** How this process was started, so the benchmark times the same thing: a launcher, or java -jar. */
    private static List<String> thisProgram() throws URISyntaxException {
        String command = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("Cannot tell which program runs this; give --launcher."));
        String name = Path.of(command).getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.equals("java") && !name.equals("java.exe")) {
            return List.of(command);
        }
        Path code = Path.of(StartupBenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!code.toString().endsWith(".jar")) {
            throw new IllegalStateException("Run it from the packaged app or with java -jar, or give --launcher.");
        }
        return List.of(command, "-jar", code.toString());
    }

    /** The lines a start prints that are timed: when each first appears. */
    private static final List<String> TIMED = List.of(DesktopStart.SHOWN, DesktopStart.FILLED, DesktopStart.BARE_SHOWN);

    private static Run run(List<String> program, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(program);
        command.addAll(args);
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // jpackage's Linux launcher marks its own process with _JPACKAGE_LAUNCHER; a child that inherits the mark
        // takes its arguments for the JVM's and fails ("Could not find or load main class demo").
        builder.environment().keySet().removeIf(key -> key.startsWith("_JPACKAGE"));
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Map<String, Long> at = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = reader.readLine()) != null; ) {
                output.append(l).append('\n');
                for (String timed : TIMED) {
                    if (l.startsWith(timed) && !at.containsKey(timed)) {
                        at.put(timed, (System.nanoTime() - t0) / 1_000_000);
                        seen.put(timed, l);
                    }
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, at, -1, seen, output.toString());
        }
        return new Run(process.exitValue(), at, (System.nanoTime() - t0) / 1_000_000, seen, output.toString());
    }

    private static long median(List<Long> values) {
        return Math.round(BenchmarkCommand.median(values));
    }

    private record Run(int exitCode, Map<String, Long> lines, long total, Map<String, String> seen, String output) {
        /** Milliseconds from the process's start to the line starting with {@code prefix}; -1 if not printed. */
        long at(String prefix) {
            return lines.getOrDefault(prefix, -1L);
        }

        /** The whole number of milliseconds printed after {@code prefix}; -1 if no such line. */
        long number(String prefix) {
            return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> Long.parseLong(l.substring(prefix.length()).replace(" ms", "").strip())).orElse(-1L);
        }

        /** What the app printed on that line: how long its JVM had been up. */
        String reported(String prefix) {
            String line = seen.get(prefix);
            return line == null ? "?" : line.substring(prefix.length()).strip();
        }
    }
}
