package org.transferdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.transferdesk.TestDatabase;
import picocli.CommandLine;

/**
 * Runs the real command line as {@code Launcher} sets it up (the desktop app never opens), on
 * {@link TestDatabase#CLOCK}'s day, and keeps what it printed.
 */
final class CliRunner {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** The exit code of the last {@link #run}, for callers that keep the runner. */
    int exit;
    private final java.time.Clock clock;

    CliRunner() {
        this(TestDatabase.CLOCK);
    }

    /** On another day than the usual test day. */
    CliRunner(java.time.Clock clock) {
        this.clock = clock;
    }

    /** A new runner that has run {@code args}, its exit code in {@link #exit}. */
    static CliRunner ran(String... args) {
        CliRunner cli = new CliRunner();
        cli.exit = cli.run(args);
        return cli;
    }

    int run(String... args) {
        CommandLine cli = CliCommandLine.create(new TransferDeskCommand(start -> 0, clock), args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
