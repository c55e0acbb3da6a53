package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.ui.FakeDialogService;

/** Opening the app with a backup (double-clicking a .tdbackup file) asks first and touches nothing on "no" or a bad file. */
class ShellRestoreTest {
    @TempDir
    Path dir;

    private AppContext context;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ShellCommands commands;

    @BeforeEach
    void open() {
        context = AppContext.open(new DataFolder(dir), TestDatabase.CLOCK);
        commands = TestShellCommands.on(context, dialogs);
    }

    @AfterEach
    void close() {
        if (!context.isClosed()) {
            context.close();
        }
    }

    @Test
    void declined_leavesTheDatabaseOpenAndUntouched() {
        Path backup = context.backups().backup(context.database(), AppInfo.version());
        dialogs.confirmAnswer = false;

        commands.restoreFrom(backup);

        assertThat(context.isClosed()).isFalse();
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileThatIsNotABackup_isRefusedBeforeTheDatabaseIsClosed() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.tdbackup"), "not a zip");

        commands.restoreFrom(notABackup);

        assertThat(dialogs.errors).singleElement().asString().contains("notes.tdbackup");
        assertThat(context.isClosed()).isFalse();
        assertThat(context.people().findAll()).isEmpty();
    }
}
