package org.transferdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import picocli.CommandLine;

/**
 * The set-up the command tests share: a temporary folder and the command line with what it printed (ChineseByDefault
 * puts the language back after a command's {@code --lang} changed it for the JVM).
 */
abstract class CliCommandTestBase {
    @TempDir
    Path tmp;

    final CliRunner cli = new CliRunner();
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    /** The data folder the commands run on, {@code tmp/data}. */
    Path data;

    @BeforeEach
    void dataFolder() {
        data = tmp.resolve("data");
    }

    /** The data folder's database on the test day, for a test's own records. */
    AppContext openData() {
        return AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK);
    }

    /** The whole command line, as {@code transferdesk} runs it. */
    int run(String... args) {
        return cli.run(args);
    }

    /** One command on its own, outside the root command; it prints to the same {@link #out} and {@link #err}. */
    int runAlone(Object command, String... args) {
        CommandLine alone = new CommandLine(command);
        alone.setOut(new PrintWriter(out, true));
        alone.setErr(new PrintWriter(err, true));
        return alone.execute(args);
    }
}
