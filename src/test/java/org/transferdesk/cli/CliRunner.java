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

    int run(String... args) {
        CommandLine cli = new CommandLine(new TransferDeskCommand(start -> 0, TestDatabase.CLOCK));
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
