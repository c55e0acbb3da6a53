package org.transferdesk.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;

/**
 * A command-line test on a data folder of its own ({@link #data}, in the test's temporary directory): the commands
 * run through one {@link CliRunner}, whose output the test reads from {@link #out} and {@link #err}. The language
 * goes back to Chinese after each test because {@code --lang} switches it for the whole JVM.
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

    @AfterEach
    void resetLanguage() {
        I18n.setLocale(I18n.CHINESE);
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
