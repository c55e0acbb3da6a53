package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.persistence.PersonRepository;

class UpgradeBackupTest {
    private static final String NEW_VERSION = "0.2.0";

    @TempDir
    Path dir;

    private Path base() {
        return dir.resolve("transferdesk");
    }

    private BackupService backups() {
        return new BackupService(dir.resolve("backups"), TestDatabase.CLOCK);
    }

    private Database open() {
        return Database.openFile(base(), new UpgradeBackup(backups(), NEW_VERSION));
    }

    private List<Path> upgradeBackups() {
        return backups().list().stream().filter(p -> p.getFileName().toString().contains("-before-")).toList();
    }

    private static String latest() {
        return TestDatabase.latestVersion();
    }

    @Test
    void olderSchema_isBackedUpBeforeMigrating_andKeepsItsRows() {
        OldDatabase.create(base(), "6");

        try (Database db = open()) {
            assertThat(db.schemaVersion()).isEqualTo(latest());
            assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(1);
        }

        assertThat(upgradeBackups()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("transferdesk-\\d{8}-\\d{6}-before-0\\.2\\.0\\.tdbackup");
            Properties manifest = manifest(file);
            assertThat(manifest.getProperty("schemaVersion")).isEqualTo("6");
            assertThat(manifest.getProperty("appVersion")).isEqualTo("unknown");
            assertThat(manifest.getProperty("reason")).isEqualTo("upgrade");
            assertThat(manifest.getProperty("upgradeTo")).isEqualTo(NEW_VERSION);
            BackupService.verify(file);
        });
        assertThat(lastAppVersion()).isEqualTo(NEW_VERSION);

        // The way back: restoring the pre-upgrade backup brings the old rows (migrated again) back.
        OldDatabase.execute(base(), "delete from person");
        BackupService.restore(upgradeBackups().get(0), base());
        try (Database db = Database.openFile(base())) {
            assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "last opened by {0} -> backup {1}")
    @CsvSource(nullValues = "none", value = {
        "0.0.9, true",
        "0.3.0, true",   // a downgrade
        "none,  true",   // a database from before the version was recorded
        "0.2.0, false"})
    void currentSchema_isBackedUpWhenTheAppVersionChanged(String lastVersion, boolean backedUp) {
        Database.openFile(base()).close();
        if (lastVersion != null) {
            OldDatabase.execute(base(), "insert into app_meta (meta_key, meta_value) values ('lastAppVersion', '"
                    + lastVersion + "')");
        }

        open().close();

        assertThat(upgradeBackups()).hasSize(backedUp ? 1 : 0);
        if (backedUp) {
            Properties manifest = manifest(upgradeBackups().get(0));
            assertThat(manifest.getProperty("appVersion")).isEqualTo(lastVersion == null ? "unknown" : lastVersion);
            assertThat(manifest.getProperty("schemaVersion")).isEqualTo(latest());
        }
        assertThat(lastAppVersion()).isEqualTo(NEW_VERSION);
    }

    @Test
    void freshDatabase_isNotBackedUp_butRecordsTheVersion() {
        open().close();

        assertThat(backups().list()).isEmpty();
        assertThat(lastAppVersion()).isEqualTo(NEW_VERSION);
    }

    @Test
    void reopeningAfterAnUpgrade_makesNoSecondBackup() {
        OldDatabase.create(base(), "6");

        open().close();
        open().close();

        assertThat(upgradeBackups()).hasSize(1);
    }

    @Test
    void failedBackup_failsTheOpen_andMigratesNothing() throws IOException {
        OldDatabase.create(base(), "6");
        Path notAFolder = Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");

        assertThatThrownBy(this::open)
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.upgradeBackupFailed"))
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains(notAFolder.toString()));

        assertThat(OldDatabase.schemaVersion(base())).isEqualTo("6");
        assertThat(lastAppVersion()).isNull();
        assertThat(Database.isOpenHere(base())).isFalse();
    }

    private String lastAppVersion() {
        return OldDatabase.query(base(), "select meta_value from app_meta where meta_key = 'lastAppVersion'");
    }

    private static Properties manifest(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile());
             InputStream in = zip.getInputStream(zip.getEntry(BackupService.MANIFEST))) {
            Properties manifest = new Properties();
            manifest.load(in);
            return manifest;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
