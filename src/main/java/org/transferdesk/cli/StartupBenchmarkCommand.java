package org.transferdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The desktop app's start time, as a user sees it: each run starts a new process of the launcher with
 * {@code --startup-check} on a data folder holding the demo data, and times it from the moment the process
 * is started to the line that says the main window is shown. Needs a display (Xvfb will do).
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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        List<String> program = launcher != null ? List.of(launcher.toAbsolutePath().toString()) : thisProgram();
        Path dir = Files.createTempDirectory("transferdesk-startup-benchmark-");
        try {
            out.printf(Locale.ROOT, "TransferDesk start-time benchmark: %d %sstarts of %s%n", runs, cold ? "cold " : "",
                    String.join(" ", program));
            Run demo = run(program, List.of("demo", "--data-dir", dir.toString()), null);
            if (demo.exitCode != 0) {
                out.println("  demo data could not be made:\n" + demo.output);
                return 1;
            }
            List<Long> shown = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                if (cold) {
                    dropFileCache();
                }
                Run start = run(program, List.of("--startup-check", "--data-dir", dir.toString()), DesktopStart.SHOWN);
                if (start.exitCode != 0 || start.untilLine < 0) {
                    out.printf(Locale.ROOT, "  start %d failed (exit code %d):%n%s%n", i, start.exitCode, start.output);
                    return 1;
                }
                shown.add(start.untilLine);
                out.printf(Locale.ROOT, "  start %d: main window after %,6d ms (JVM up %s), closed after %,6d ms%n",
                        i, start.untilLine, start.reported(), start.total);
            }
            out.printf(Locale.ROOT, "  median of %d: main window after %,d ms%n", runs, median(shown));
            return 0;
        } finally {
            BenchmarkCommand.deleteTree(dir);
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

    private static Run run(List<String> program, List<String> args, String line) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(program);
        command.addAll(args);
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // jpackage's Linux launcher marks its own process with _JPACKAGE_LAUNCHER; a child that inherits the mark
        // takes its arguments for the JVM's and fails ("Could not find or load main class demo").
        builder.environment().keySet().removeIf(key -> key.startsWith("_JPACKAGE"));
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        long untilLine = -1;
        String seen = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = reader.readLine()) != null; ) {
                output.append(l).append('\n');
                if (line != null && untilLine < 0 && l.startsWith(line)) {
                    untilLine = (System.nanoTime() - t0) / 1_000_000;
                    seen = l;
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, untilLine, -1, seen, output.toString());
        }
        return new Run(process.exitValue(), untilLine, (System.nanoTime() - t0) / 1_000_000, seen, output.toString());
    }

    private static long median(List<Long> values) {
        return Math.round(BenchmarkCommand.median(values));
    }

    private record Run(int exitCode, long untilLine, long total, String line, String output) {
        /** What the app printed: how long its JVM had been up at the first frame. */
        String reported() {
            return line == null ? "?" : line.substring(DesktopStart.SHOWN.length()).strip();
        }
    }
}
