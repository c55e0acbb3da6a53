package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

class BackupServiceTest {
    @TempDir
    Path dir;

    private final AtomicLong seconds = new AtomicLong(Instant.parse("2026-11-22T02:00:00Z").getEpochSecond());
    private final Clock ticking = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndAdd(61));
        }
    };

    private Path base() {
        return dir.resolve("transferdesk");
    }

    private static void addPerson(Database db, String staffNo) {
        new PersonRepository(db.dsl()).save(Person.create(staffNo, "某人"), "test", LocalDateTime.now());
    }

    private static int people(Path base) {
        try (Database db = Database.openFile(base)) {
            return new PersonRepository(db.dsl()).count();
        }
    }

    @Test
    void backupThenRestore_bringsBackTheData_andKeepsTheReplacedFile() {
        BackupService backups = new BackupService(dir.resolve("backups"), ticking);
        Path file;
        try (Database db = Database.openFile(base())) {
            addPerson(db, "T001");
            file = backups.backup(db, "test");
            addPerson(db, "T002");
        }
        assertThat(file.getFileName().toString()).matches("transferdesk-\\d{8}-\\d{6}\\.tdbackup");
        assertThat(people(base())).isEqualTo(2);

        BackupService.restore(file, base());

        assertThat(people(base())).isEqualTo(1);
        assertThat(dir.resolve("transferdesk.mv.db.before-restore")).exists();
    }

    @Test
    void restore_refusesFilesThatAreNotBackups_andChangesNothing() throws IOException {
        try (Database db = Database.openFile(base())) {
            addPerson(db, "T001");
        }
        Path text = Files.writeString(dir.resolve("notes.tdbackup"), "hello");
        Path zip = dir.resolve("other.tdbackup");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("transferdesk.mv.db"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        for (Path bad : new Path[] {text, zip, dir.resolve("missing.tdbackup")}) {
            assertThatThrownBy(() -> BackupService.restore(bad, base())).isInstanceOf(UserFacingException.class);
        }
        assertThat(people(base())).isEqualTo(1);
        assertThat(dir.resolve("transferdesk.mv.db.before-restore")).doesNotExist();
    }

    @Test
    void restore_refusesWhileTheDatabaseIsInUse() {
        BackupService backups = new BackupService(dir.resolve("backups"), ticking);
        try (Database db = Database.openFile(base())) {
            addPerson(db, "T001");
            Path file = backups.backup(db, "test");
            assertThatThrownBy(() -> BackupService.restore(file, base()))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.restoreInUse"));
            assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(1);
        }
    }

    @Test
    void keepsTheNewestThirty_andBacksUpOnExitOnceADay() {
        BackupService backups = new BackupService(dir.resolve("backups"), ticking);
        try (Database db = Database.openFile(base())) {
            for (int i = 0; i < 32; i++) {
                backups.backup(db, "test");
            }
            assertThat(backups.list()).hasSize(30);
            assertThat(backups.backupIfNoneToday(db, "test")).isFalse();
        }
        BackupService tomorrow = new BackupService(dir.resolve("backups"),
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        try (Database db = Database.openFile(base())) {
            assertThat(tomorrow.backupIfNoneToday(db, "test")).isTrue();
            assertThat(tomorrow.backupIfNoneToday(db, "test")).isFalse();
        }
    }

    @Test
    void pruningKeepsPreUpgradeBackups_andTheyDoNotCountAsTheDailyBackup() {
        BackupService backups = new BackupService(dir.resolve("backups"), ticking);
        try (Database db = Database.openFile(base())) {
            Path beforeUpgrade = backups.backupBeforeUpgrade(db, "0.1.0", "0.2.0 beta/1");
            assertThat(beforeUpgrade.getFileName().toString()).endsWith("-before-0.2.0_beta_1.tdbackup");
            assertThat(backups.backupIfNoneToday(db, "test")).isTrue();
            for (int i = 0; i < 31; i++) {
                backups.backup(db, "test");
            }
            assertThat(backups.list()).hasSize(BackupService.KEEP + 1).contains(beforeUpgrade);
        }
    }

    /** A clock set back to 2000 names the new backup as the oldest: it is kept all the same, and the oldest by its manifest goes. */
    @ParameterizedTest(name = "clock at {0}")
    @CsvSource({"2000-01-01T00:00:00Z", "2026-11-21T00:00:00Z"})
    void aClockSetBack_neverPrunesTheBackupJustMade(String wrongNow) throws IOException {
        BackupService backups = new BackupService(dir.resolve("backups"), ticking);
        Path oldest;
        try (Database db = Database.openFile(base())) {
            oldest = backups.backup(db, "test");
            for (int i = 1; i < BackupService.KEEP; i++) {
                backups.backup(db, "test");
            }
            Path made = new BackupService(dir.resolve("backups"), Clock.fixed(Instant.parse(wrongNow), ZoneId.of("Asia/Shanghai")))
                    .backup(db, "test");

            assertThat(made).exists();
            assertThat(oldest).doesNotExist();
            assertThat(backups.list()).hasSize(BackupService.KEEP).contains(made);
            BackupService.verify(made);
        }
    }

    /** File names that sort the other way round from the manifests' times do not decide which backups stay. */
    @Test
    void pruningGoesByTheManifestsTime_notTheFileName() throws IOException {
        BackupService backups = new BackupService(dir.resolve("backups"), ticking);
        try (Database db = Database.openFile(base())) {
            Path oldest = backups.backup(db, "test");
            Path second = backups.backup(db, "test");
            for (int i = 2; i < BackupService.KEEP; i++) {
                backups.backup(db, "test");
            }
            // The oldest now sorts last by name, the second oldest first.
            Path oldestRenamed = Files.move(oldest, oldest.resolveSibling("transferdesk-20991231-235959.tdbackup"));
            Path secondRenamed = Files.move(second, second.resolveSibling("transferdesk-19990101-000000.tdbackup"));
            Path notABackup = Files.writeString(dir.resolve("backups/transferdesk-19980101-000000.tdbackup"), "x");

            backups.backup(db, "test");

            assertThat(oldestRenamed).doesNotExist();
            assertThat(secondRenamed).exists();
            assertThat(notABackup).as("a file whose manifest cannot be read is not ours to delete").exists();
        }
    }

    /** The list and "already backed up today" read the manifests' times: renamed files change neither. */
    @Test
    void listAndTodaysBackup_goByTheManifestsTime_notTheFileName() throws IOException {
        Clock day = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Clock nextDay = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Database db = Database.openFile(base())) {
            Path older = new BackupService(dir.resolve("backups"), day).backup(db, "test");
            Path newer = new BackupService(dir.resolve("backups"), nextDay).backup(db, "test");
            Path olderRenamed = Files.move(older, older.resolveSibling("transferdesk-20991231-235959.tdbackup"));
            Path newerRenamed = Files.move(newer, newer.resolveSibling("transferdesk-19990101-000000.tdbackup"));
            Path notABackup = Files.writeString(dir.resolve("backups/transferdesk-21000101-000000.tdbackup"), "x");

            BackupService backups = new BackupService(dir.resolve("backups"), nextDay);
            assertThat(backups.list()).containsExactly(newerRenamed, olderRenamed, notABackup);
            // named as if made in 1999, the manifest says today: no second backup today
            assertThat(backups.backupIfNoneToday(db, "test")).isFalse();
            // named as if made in 2099, the manifest says yesterday: it does not count for the day after
            Files.delete(newerRenamed);
            assertThat(backups.backupIfNoneToday(db, "test")).isTrue();
        }
    }
}
