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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Issue 19: a kill between restore's two renames left no database, and the next command created an empty one.
 * Each point a restore can be cut short at is reached here by a hook that throws an {@link Error} (no cleanup
 * code catches it, as none runs when a process is killed); the next open must find the restored data, or before
 * the journal the old data, never an empty database.
 */
class RestoreSwapCrashTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 22, 10, 0);

    @TempDir
    Path dir;
    private Path base;
    /** Holds one person; the live database holds three when a restore starts. */
    private Path backup;

    /** What a kill does to the restore: nothing after it runs. */
    static final class Killed extends Error {
        Killed(RestoreJournal.Point at) {
            super("killed at " + at);
        }
    }

    @BeforeEach
    void oneBackup_threeLivePeople() {
        base = dir.resolve("data/transferdesk");
        backup = backupWithPeople(dir.resolve("one"), "B0001");
        try (Database db = Database.openFile(base)) {
            add(db, "L0001");
            add(db, "L0002");
            add(db, "L0003");
        }
    }

    private Path backupWithPeople(Path folder, String... staffNos) {
        try (Database db = Database.openFile(folder.resolve("transferdesk"))) {
            for (String no : staffNos) {
                add(db, no);
            }
            return new BackupService(folder.resolve("backups"), CLOCK).backup(db, "test");
        }
    }

    static void add(Database db, String staffNo) {
        new PersonRepository(db.dsl()).save(Person.create(staffNo, "某人"), "test", AT);
    }

    static int people(Path base) {
        try (Database db = Database.openFile(base)) {
            return new PersonRepository(db.dsl()).count();
        }
    }

    /** The people in a database file that is not at the usual name (e.g. .before-restore), opened from a copy. */
    private int peopleInFile(Path mvDb) throws IOException {
        Path copy = Files.createTempDirectory(dir, "look-").resolve("copy");
        Files.copy(mvDb, copy.resolveSibling("copy.mv.db"));
        Files.copy(mvDb.resolveSibling(H2Key.FILE), copy.resolveSibling(H2Key.FILE)); // the folder's password
        return people(copy);
    }

    private static RestoreJournal.Hook killAt(RestoreJournal.Point point) {
        return reached -> {
            if (reached == point) {
                throw new Killed(reached);
            }
        };
    }

    private Path live() {
        return dir.resolve("data/transferdesk.mv.db");
    }

    private Path journal() {
        return dir.resolve("data/transferdesk.restore-journal");
    }

    private Path previous() {
        return dir.resolve("data/transferdesk.mv.db.before-restore");
    }

    private long stagingFolders() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("restore-")).count();
        }
    }

    @ParameterizedTest(name = "killed at {0}: journal {1}, live file {2} → {3} people after the next open")
    @CsvSource({
            // point,             journal left, live there, people next open, previous kept
            "LOCKED_AND_CHECKED,  false,        true,       3,                false",
            "JOURNALLED,          true,         true,       1,                true",
            "BETWEEN_RENAMES,     true,         false,      1,                true",
            "RENAMED,             true,         true,       1,                true",
    })
    void aKilledRestore_isCompletedOrAbsent_onTheNextOpen_neverEmpty(RestoreJournal.Point point, boolean journalLeft,
                                                                       boolean liveThere, int peopleAfter,
                                                                       boolean previousKept) throws IOException {
        assertThatThrownBy(() -> BackupService.restore(backup, base, killAt(point))).isInstanceOf(Killed.class);
        // the state a kill leaves, before anything opens the database
        assertThat(Files.exists(journal())).as("journal").isEqualTo(journalLeft);
        assertThat(Files.exists(live())).as("live file").isEqualTo(liveThere);

        assertThat(people(base)).isEqualTo(peopleAfter);

        assertThat(journal()).doesNotExist();
        assertThat(stagingFolders()).as("staging folders left").isZero();
        assertThat(Files.exists(previous())).isEqualTo(previousKept);
        if (previousKept) {
            assertThat(peopleInFile(previous())).as("the replaced database, whole").isEqualTo(3);
        }
    }

    @Test
    void aCompletedRestore_leavesNoJournalNorStagingFolder() throws IOException {
        BackupService.restore(backup, base);

        assertThat(journal()).doesNotExist();
        assertThat(stagingFolders()).isZero();
        assertThat(people(base)).isEqualTo(1);
        assertThat(peopleInFile(previous())).isEqualTo(3);
    }

    /**
     * Item 3: after a restore killed between its renames, a second restore first completes the first, so what it
     * keeps as .before-restore is that whole database, not a missing or freshly created empty one.
     */
    @Test
    void aSecondRestore_afterOneKilledBetweenRenames_keepsAWholePreviousCopy() throws IOException {
        Path two = backupWithPeople(dir.resolve("two"), "T0001", "T0002");
        assertThatThrownBy(() -> BackupService.restore(backup, base, killAt(RestoreJournal.Point.BETWEEN_RENAMES)))
                .isInstanceOf(Killed.class);
        assertThat(live()).doesNotExist();

        BackupService.restore(two, base);

        assertThat(people(base)).isEqualTo(2);
        assertThat(peopleInFile(previous())).as("the first restore's database").isEqualTo(1);
        assertThat(journal()).doesNotExist();
        assertThat(stagingFolders()).isZero();
    }

    /** The same after a command opened the database in between (the "next command"). */
    @Test
    void aSecondRestore_afterAnOpenInBetween_keepsTheFirstRestoresDatabase() throws IOException {
        Path two = backupWithPeople(dir.resolve("two"), "T0001", "T0002");
        assertThatThrownBy(() -> BackupService.restore(backup, base, killAt(RestoreJournal.Point.BETWEEN_RENAMES)))
                .isInstanceOf(Killed.class);
        assertThat(people(base)).as("the next command sees the restored data, not an empty database").isEqualTo(1);

        BackupService.restore(two, base);

        assertThat(people(base)).isEqualTo(2);
        assertThat(peopleInFile(previous())).isEqualTo(1);
    }

    /** A restore killed between its renames, whose staged copy is then deleted by hand. */
    private void killBetweenRenames_thenDeleteTheStagedCopy() throws IOException {
        assertThatThrownBy(() -> BackupService.restore(backup, base, killAt(RestoreJournal.Point.BETWEEN_RENAMES)))
                .isInstanceOf(Killed.class);
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            files.filter(p -> p.getFileName().toString().startsWith("restore-")).forEach(RestoreJournal::deleteTree);
        }
    }

    /** A journal whose staged copy is gone (deleted by hand) puts the previous database back rather than none. */
    @Test
    void aJournalWithoutItsStagedCopy_putsThePreviousDatabaseBack() throws IOException {
        killBetweenRenames_thenDeleteTheStagedCopy();

        assertThat(people(base)).isEqualTo(3);
        assertThat(journal()).doesNotExist();
    }

    /** Neither copy left: the open is refused, and no empty database takes the place of the user's data. */
    @Test
    void aJournalWithNothingToPutBack_refusesToOpen_andCreatesNothing() throws IOException {
        killBetweenRenames_thenDeleteTheStagedCopy();
        Files.delete(previous());

        assertThatThrownBy(() -> Database.openFile(base))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.restoreJournalBroken"));
        assertThat(live()).doesNotExist();
        assertThat(journal()).exists();
    }

    /** A journal written with the folder elsewhere still names its staged copy (the path is relative). */
    @Test
    void aKilledRestore_recovers_afterTheDataFolderWasMoved() throws IOException {
        assertThatThrownBy(() -> BackupService.restore(backup, base, killAt(RestoreJournal.Point.JOURNALLED)))
                .isInstanceOf(Killed.class);
        Path moved = dir.resolve("moved");
        Files.move(dir.resolve("data"), moved);

        assertThat(people(moved.resolve("transferdesk"))).isEqualTo(1);
        assertThat(moved.resolve("transferdesk.restore-journal")).doesNotExist();
    }
}
