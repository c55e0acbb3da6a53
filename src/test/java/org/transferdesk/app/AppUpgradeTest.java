package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.OldDatabase;

class AppUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void openingAnOlderDatabase_backsItUpFirst_andKeepsTheDataFolder() {
        DataFolder folder = new DataFolder(dir);
        folder.create();
        OldDatabase.create(folder.database(), "6");

        try (AppContext context = AppContext.open(folder, TestDatabase.CLOCK)) {
            assertThat(context.database().schemaVersion()).isEqualTo(TestDatabase.latestVersion());
            assertThat(context.people().findAll()).hasSize(1);
            assertThat(context.backups().list()).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).contains("-before-" + AppInfo.version()));
        }
        try (AppContext again = AppContext.open(folder, TestDatabase.CLOCK)) {
            assertThat(again.backups().list()).hasSize(1);
        }
    }
}
