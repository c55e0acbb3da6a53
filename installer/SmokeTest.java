import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Smoke-tests the packaged app through its own launcher (not Maven, not java -jar): the version, demo data
 * into a temporary folder, the annual report as JSON, and the desktop app started long enough to show its
 * main window and closed again cleanly. On Linux without a display it runs the app under xvfb-run.
 *
 * <p>{@code java installer/SmokeTest.java target/installer/image 0.1.0}
 */
public final class SmokeTest {
    private static final String SHOWN = "TransferDesk main window shown after ";
    private static final List<String> MODES = List.of("TRANSFER", "LICENSE", "EQUITY", "DEVELOPMENT", "CONSULTING",
            "SERVICE");
    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
    private static final boolean MAC = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac");

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java installer/SmokeTest.java IMAGE_DIR VERSION");
        }
        System.exit(new SmokeTest().run(Path.of(args[0]), args[1]));
    }

    int run(Path images, String version) throws Exception {
        Path launcher = launcher(images);
        System.out.println("Smoke test of " + launcher);
        check(Files.isExecutable(launcher), "the launcher exists and is executable");
        Path data = Files.createTempDirectory("transferdesk-smoke-");
        try {
            Result v = exec(List.of(launcher.toString(), "--version"), false);
            check(v.code == 0 && v.out.strip().equals("TransferDesk " + version),
                    "--version prints TransferDesk " + version + " (got: " + v.out.strip() + ")");

            Result typo = exec(List.of(launcher.toString(), "reprot", "--lang", "en"), false);
            check(typo.code == 2 && typo.out.contains("neither a command nor a TransferDesk backup"),
                    "an argument that is neither a command nor a backup is refused with exit code 2");

            Result demo = exec(List.of(launcher.toString(), "demo", "--data-dir", data.toString()), false);
            check(demo.code == 0 && Files.isRegularFile(data.resolve("transferdesk.mv.db")),
                    "demo writes the demo data into a new data folder");

            int year = Year.now().getValue() - 1;
            Path json = data.resolve("report.json");
            Result report = exec(List.of(launcher.toString(), "report", "--year", String.valueOf(year), "--format",
                    "json", "--out", json.toString(), "--data-dir", data.toString()), false);
            String text = Files.isRegularFile(json) ? Files.readString(json, StandardCharsets.UTF_8) : "";
            check(report.code == 0 && text.contains("\"year\" : " + year)
                            && MODES.stream().allMatch(m -> text.contains("\"" + m + "\"")),
                    "report --year " + year + " --format json writes the report with its six modes");

            Result gui = exec(List.of(launcher.toString(), "--startup-check", "--data-dir", data.toString()), true);
            String shown = gui.out.lines().filter(l -> l.startsWith(SHOWN)).findFirst().orElse("");
            check(gui.code == 0 && !shown.isEmpty(), "the desktop app shows its main window and exits with 0 ("
                    + (shown.isEmpty() ? "no window line" : shown) + ")");
            // JavaFX warns when it is loaded from the class path instead of the runtime's modules.
            check(!gui.out.contains("Unsupported JavaFX configuration") && !gui.out.contains("WARNING: Unknown module"),
                    "JavaFX and ControlsFX run as modules of the packaged runtime, with no warnings");
        } finally {
            deleteTree(data);
        }
        if (!failures.isEmpty()) {
            System.out.println("SMOKE TEST FAILED: " + failures.size() + " check(s)");
            return 1;
        }
        System.out.println("Smoke test passed.");
        return 0;
    }

    private static Path launcher(Path images) {
        if (WINDOWS) {
            return images.resolve("TransferDesk").resolve("TransferDesk.exe");
        }
        if (MAC) {
            return images.resolve("TransferDesk.app").resolve("Contents/MacOS/TransferDesk");
        }
        return images.resolve("TransferDesk").resolve("bin/TransferDesk");
    }

    private void check(boolean ok, String what) {
        System.out.println((ok ? "  ok    " : "  FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    private static Result exec(List<String> command, boolean display) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (display && !WINDOWS && !MAC && System.getenv("DISPLAY") == null) {
            full.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("transferdesk-smoke-", ".log");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(180, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            System.out.print(out.lines().limit(12).map(l -> "        | " + l + "\n").reduce("", String::concat));
            return new Result(done ? p.exitValue() : -1, out);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Result(int code, String out) {
    }
}
