package org.transferdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the {@code benchmark} subcommands that take the data folder's options (report, import, save): their
 * language comes from their own {@code --lang}, else {@code benchmark}'s or {@code transferdesk}'s, before the body
 * runs; the ones that measure only this PC's embedded database refuse {@code --db} (issue 21).
 */
abstract class BenchmarkSubcommand implements Callable<Integer> {
    /** For --lang and --db: the data itself is generated in throwaway folders (or the one a command names). */
    @Mixin
    DataDirOption options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        BenchmarkCommand.applyLanguage(spec, options);
        if (!measuresSharedDatabase()) {
            BenchmarkCommand.refuseServer(spec, options);
        }
        return benchmark(spec.commandLine().getOut());
    }

    /** The benchmark's body, printing to {@code out}; its answer is the exit code. */
    protected abstract Integer benchmark(PrintWriter out) throws Exception;

    /** Whether {@code --db} names a shared database to measure (with H2 beside it for the ratio). */
    protected boolean measuresSharedDatabase() {
        return false;
    }

    /** The clock the generated data is dated by (see {@link BenchmarkCommand#clock}). */
    Clock clock() {
        return BenchmarkCommand.clock(spec);
    }

    /** A new throwaway folder for a run's data; the run's logs go into it, and go with it. */
    static Path throwawayFolder(String benchmark) throws IOException {
        return withLogsIn(Files.createTempDirectory("transferdesk-" + benchmark + "-benchmark-"));
    }

    /** {@code dir}, after pointing this JVM's logs into it. */
    static Path withLogsIn(Path dir) {
        System.setProperty("transferdesk.logdir", dir.resolve("logs").toString());
        return dir;
    }
}
