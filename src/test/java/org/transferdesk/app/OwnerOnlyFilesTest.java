package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.app.PosixModes.mode;
import static org.transferdesk.app.PosixModes.setMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.export.TableExport;
import org.transferdesk.ledger.ImportError;
import org.transferdesk.ledger.ImportProblems;

/**
 * Issue 19: personal data on disk is readable by its user only — the data folder and its logs and backups 700; the
 * database, backups and exports 600 — on POSIX file systems (elsewhere nothing is changed).
 */
class OwnerOnlyFilesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() throws IOException {
        PosixModes.assumePosix(tmp);
    }

    @Test
    void theDataFolder_itsLogsAndBackups_areTheUsersOnly_alsoWhenAnEarlierVersionMadeThemOpen() throws IOException {
        Path parent = Files.createDirectories(tmp.resolve("share"));
        setMode(parent, "rwxr-xr-x");
        Path root = parent.resolve("data");
        Files.createDirectories(root.resolve("logs"));
        setMode(root, "rwxr-xr-x");
        setMode(root.resolve("logs"), "rwxr-xr-x");
        Files.writeString(root.resolve("settings.properties"), "lang=zh");
        setMode(root.resolve("settings.properties"), "rw-r--r--");

        DataFolder folder = new DataFolder(root).create();

        assertThat(mode(root)).isEqualTo("rwx------");
        assertThat(mode(folder.logs())).isEqualTo("rwx------");
        assertThat(mode(folder.backups())).isEqualTo("rwx------");
        assertThat(mode(folder.settingsFile())).isEqualTo("rw-------");
        assertThat(mode(parent)).as("the parent is the user's own business").isEqualTo("rwxr-xr-x");
    }

    @Test
    void theDatabaseAndABackup_areTheUsersOnly() throws IOException {
        DataFolder folder = new DataFolder(tmp.resolve("data"));
        try (AppContext context = AppContext.open(folder, TestDatabase.CLOCK)) {
            assertThat(mode(folder.databaseFile())).isEqualTo("rw-------");
            Path backup = context.backups().backup(context.database(), "test");
            assertThat(mode(backup)).isEqualTo("rw-------");
        }
    }

    @Test
    void exportsAndTheProblemList_areTheUsersOnly() throws IOException {
        Path xlsx = tmp.resolve("out/people.xlsx");
        Path csv = tmp.resolve("out/people.csv");
        TableExport.writeXlsx(xlsx, "人员", List.of("身份证号"), List.of(List.of("11010519491231002X")));
        TableExport.writeCsv(csv, List.of("身份证号"), List.of(List.of("11010519491231002X")));
        Path problems = tmp.resolve("problems.csv");
        Files.writeString(problems, "old");
        setMode(problems, "rw-r--r--");
        ImportProblems.writeCsv(problems, List.of(new ImportError("人员", 2, "身份证号", "ledger.cell.required")));

        assertThat(mode(xlsx)).isEqualTo("rw-------");
        assertThat(mode(csv)).isEqualTo("rw-------");
        assertThat(mode(problems)).isEqualTo("rw-------");
    }

    @Test
    void aMissingFile_staysMissing() throws IOException {
        Path none = tmp.resolve("none");
        assertThat(OwnerOnly.file(none)).isEqualTo(none);
        assertThat(none).doesNotExist();
    }
}
