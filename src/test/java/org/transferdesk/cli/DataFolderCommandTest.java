package org.transferdesk.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;

/**
 * A command-line test on a data folder of its own ({@link #data}, in the test's temporary directory): the commands
 * run through one {@link CliRunner}, whose output the test reads from {@link #out} and {@link #err}.
 */
abstract class DataFolderCommandTest {
    @TempDir
    Path tmp;

    Path data;
    final CliRunner cli = new CliRunner();
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    @BeforeEach
    void nameTheDataFolder() {
        data = tmp.resolve("data");
    }

    int run(String... args) {
        return cli.run(args);
    }

    /** Opens the data folder (creating it the first time) on the test day, to set up or read what the commands use. */
    void inDataFolder(Consumer<AppContext> work) {
        try (AppContext context = AppContext.open(DataFolder.resolve(data), TestDatabase.CLOCK)) {
            work.accept(context);
        }
    }
}
