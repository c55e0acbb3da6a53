package org.transferdesk.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Starts a child JVM ({@link CrashChild}) on a copy of a prepared data folder and kills it with
 * {@code destroyForcibly} (SIGKILL on POSIX) at a seeded spread of moments over the work an unkilled run took, then
 * lets a {@link Checker} open the folder and name every invariant that no longer holds. A folder with a violation is
 * kept under {@code target/crash-failures/} with a {@code failure.txt}; the others are deleted.
 *
 * <p>JVM start-up would otherwise be most of each run: the children run with C1 only and an AppCDS archive
 * (written by the first reference run, Java 17's dynamic archive), and for that the class directories are packed into
 * one jar (CDS refuses non-empty directories on the class path). At most two children run at a time (the CI machine
 * has two cores).
 */
final class CrashHarness {
    /** The children's and the checks' day: nothing may depend on the machine's date. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Path WORK = Path.of("target", "crash-work").toAbsolutePath();
    static final Path FAILURES = Path.of("target", "crash-failures").toAbsolutePath();
    static final int PARALLEL = 2;
    private static final long START_TIMEOUT_S = 120;
    private static final long RUN_TIMEOUT_S = 300;

    private static List<String> classPath;
    private static Path cdsArchive;

    /** What a checker says about one killed (or reference) folder: the violated invariants, empty when all hold. */
    interface Checker {
        /** Takes what the unkilled run left as the "after" state, before that folder is checked like the others. */
        default void reference(Path folder, ChildRun run) throws Exception {
        }

        List<String> check(Path folder, ChildRun run) throws Exception;
    }

    /** One child run: its output lines, exit code, whether the kill found it already finished, how long it worked. */
    record ChildRun(List<String> output, int exitCode, boolean finishedBeforeKill, long workMillis) {
    }

    /** One kill whose folder broke an invariant. */
    record Failure(String operation, int kill, long delayMillis, List<String> violations, Path kept) {
        @Override
        public String toString() {
            return operation + " kill #" + kill + " at " + delayMillis + " ms: " + String.join("; ", violations)
                    + " (folder kept: " + kept + ")";
        }
    }

    /** The outcome of one operation's kills, with the one-line summary the closing note quotes. */
    record Outcome(String operation, int kills, long referenceMillis, int finishedBeforeKill, int[] deciles,
                   List<Failure> failures, Map<String, Integer> notes) {
        String summary() {
            Map<String, Integer> kinds = new TreeMap<>();
            for (Failure f : failures) {
                for (String v : f.violations()) {
                    kinds.merge(v.substring(0, v.indexOf(':') < 0 ? v.length() : v.indexOf(':')), 1, Integer::sum);
                }
            }
            StringBuilder landed = new StringBuilder();
            for (int i = 0; i < deciles.length; i++) {
                landed.append(i == 0 ? "" : " ").append(i * 10).append("%:").append(deciles[i]);
            }
            return "CRASH " + operation + ": " + kills + " kills, " + failures.size() + " failures " + kinds
                    + "; unkilled run " + referenceMillis + " ms of work; kills landed at " + landed
                    + "; finished before the kill " + finishedBeforeKill + (notes.isEmpty() ? "" : "; noted " + notes);
        }
    }

    private CrashHarness() {
    }

    /** Runs the child to its end (no kill) on {@code folder}: the reference run, or a repair run of a check. */
    static ChildRun runToEnd(List<String> childArgs) throws Exception {
        return run(childArgs, -1);
    }

    /**
     * The kills of one operation: a reference run on a copy of {@code template} (it must succeed and pass the
     * checker), then {@code kills} runs killed at {@code (i + u) / kills} of the reference run's work, u seeded.
     */
    static Outcome killRepeatedly(String operation, Path template, Function<Path, List<String>> childArgs,
                                  Checker checker, int kills, long seed) throws Exception {
        Path reference = copy(template, WORK.resolve(operation + "-reference"));
        Path twin = copy(template, WORK.resolve(operation + "-reference-twin"));
        // Two at once, as the kills run: a child alone works faster, and its time would put the kills early.
        ExecutorService both = Executors.newFixedThreadPool(PARALLEL);
        ChildRun ref;
        ChildRun other;
        try {
            Future<ChildRun> second = both.submit(() -> runToEnd(childArgs.apply(twin)));
            ref = runToEnd(childArgs.apply(reference));
            other = second.get();
        } finally {
            both.shutdownNow();
        }
        deleteTree(twin);
        if (ref.exitCode() != 0) {
            throw new AssertionError(operation + ": the unkilled run failed (exit " + ref.exitCode() + "): "
                    + String.join("\n", ref.output()));
        }
        checker.reference(reference, ref);
        List<String> refViolations = checker.check(reference, ref);
        if (!refViolations.isEmpty()) {
            throw new AssertionError(operation + ": the unkilled run already breaks " + refViolations);
        }
        long work = Math.max(Math.max(ref.workMillis(), other.workMillis()), 50);
        Random random = new Random(seed);
        long[] delays = new long[kills];
        for (int i = 0; i < kills; i++) {
            // stratified: one kill in each 1/kills of the work, so they land all over it and not only in start-up
            delays[i] = (long) (work * (i + random.nextDouble()) / kills);
        }
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> notes = Collections.synchronizedMap(new TreeMap<>());
        int[] deciles = new int[10];
        int[] finished = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < kills; i++) {
                int kill = i;
                runs.add(pool.submit(() -> {
                    Path folder = copy(template, WORK.resolve(operation + "-" + kill));
                    ChildRun run = run(childArgs.apply(folder), delays[kill]);
                    List<String> violations;
                    try {
                        violations = checker.check(folder, run);
                    } catch (Exception | AssertionError e) {
                        violations = List.of("check failed: " + e);
                    }
                    synchronized (deciles) {
                        deciles[(int) Math.min(9, delays[kill] * 10 / work)]++;
                        if (run.finishedBeforeKill()) {
                            finished[0]++;
                        }
                    }
                    List<String> real = new ArrayList<>();
                    for (String v : violations) {
                        if (v.startsWith(NOTE)) {
                            notes.merge(v.substring(NOTE.length()), 1, Integer::sum);
                        } else {
                            real.add(v);
                        }
                    }
                    if (real.isEmpty()) {
                        deleteTree(folder);
                    } else {
                        Path kept = keep(folder, operation, kill, delays[kill], real, run);
                        failures.add(new Failure(operation, kill, delays[kill], real, kept));
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        deleteTree(reference);
        failures.sort(Comparator.comparingInt(Failure::kill));
        Outcome outcome = new Outcome(operation, kills, work, finished[0], deciles, List.copyOf(failures),
                Map.copyOf(notes));
        System.out.println(outcome.summary());
        return outcome;
    }

    /** Prefix of a checker's remark that is worth counting but no invariant (leftover files another part cleans). */
    static final String NOTE = "note ";

    private static ChildRun run(List<String> childArgs, long killAfterMillis) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Xss1m", "-Dfile.encoding=UTF-8",
                "-Duser.language=zh", "-Duser.country=CN", "-Djava.awt.headless=true",
                // CDS warns of every class it cannot archive (picocli's are Java 5 classes): not the child's output
                "-Xlog:disable", "-Xlog:all=error:stderr"));
        command.addAll(cdsOptions());
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, childClassPath()),
                CrashChild.class.getName()));
        command.addAll(childArgs);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    if (line.equals(CrashChild.STARTED)) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                output.add("(output broken off: " + e + ")");
            }
            started.countDown();
        });
        reader.setDaemon(true);
        reader.start();
        try {
            if (!started.await(START_TIMEOUT_S, TimeUnit.SECONDS)) {
                throw new AssertionError("the child did not start: " + output);
            }
            long t0 = System.nanoTime();
            boolean finished;
            if (killAfterMillis < 0) {
                finished = child.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS);
                if (!finished) {
                    throw new AssertionError("the unkilled child did not finish: " + output);
                }
            } else {
                finished = child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
                if (!finished) {
                    child.destroyForcibly();
                    child.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS);
                }
            }
            long work = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return new ChildRun(List.copyOf(output), child.exitValue(), finished, work);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    /** The first run writes the AppCDS archive; later runs map it. Without one (dump failed) plain -Xshare:auto. */
    private static synchronized List<String> cdsOptions() {
        if (cdsArchive == null) {
            cdsArchive = WORK.resolve("child-" + ProcessHandle.current().pid() + ".jsa");
            return List.of("-Xshare:auto", "-XX:ArchiveClassesAtExit=" + cdsArchive);
        }
        return Files.isRegularFile(cdsArchive) ? List.of("-XX:SharedArchiveFile=" + cdsArchive, "-Xshare:auto")
                : List.of("-Xshare:auto");
    }

    /** The test class path with its directories packed into one jar, first wins (as on the class path). */
    private static synchronized List<String> childClassPath() throws IOException {
        if (classPath != null) {
            return classPath;
        }
        Files.createDirectories(WORK);
        Path jar = WORK.resolve("child-" + ProcessHandle.current().pid() + ".jar");
        List<String> entries = new ArrayList<>();
        entries.add(jar.toString());
        Set<String> seen = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                if (!Files.isDirectory(p)) {
                    entries.add(entry);
                    continue;
                }
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(p)).sorted()::iterator) {
                        // directory entries too: Flyway finds db/migration through them
                        String name = p.relativize(f).toString().replace('\\', '/')
                                + (Files.isDirectory(f) ? "/" : "");
                        if (seen.add(name)) {
                            out.putNextEntry(new JarEntry(name));
                            if (!Files.isDirectory(f)) {
                                Files.copy(f, out);
                            }
                            out.closeEntry();
                        }
                    }
                }
            }
        }
        classPath = List.copyOf(entries);
        return classPath;
    }

    private static Path keep(Path folder, String operation, int kill, long delay, List<String> violations,
                             ChildRun run) throws IOException {
        Path kept = FAILURES.resolve(operation + "-" + kill + "-at-" + delay + "ms");
        deleteTree(kept);
        Files.createDirectories(FAILURES);
        Files.move(folder, kept);
        Files.write(kept.resolve("failure.txt"), Stream.concat(Stream.of(
                        "operation: " + operation, "kill #" + kill + " after " + delay + " ms of work",
                        "finished before the kill: " + run.finishedBeforeKill(), "violations:"),
                Stream.concat(violations.stream().map(v -> "  " + v),
                        Stream.concat(Stream.of("child output:"), run.output().stream().map(l -> "  " + l))))
                .toList(), StandardCharsets.UTF_8);
        return kept;
    }

    static Path copy(Path from, Path to) {
        try {
            deleteTree(to);
            Files.createDirectories(to);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                        Files.copy(f, target);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
