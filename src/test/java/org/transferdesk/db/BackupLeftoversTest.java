package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: full database copies from interrupted backups ({@code h2-*.zip}, {@code *.tdbackup.part},
 * {@code check-*}) and restores ({@code restore-*}) were never cleaned up. They go on the next backup or open,
 * but never while a living backup or restore in any process still works on them.
 */
class BackupLeftoversTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Path base() {
        return dir.resolve("data/transferdesk");
    }

    private Path backups() {
        return dir.resolve("data/backups");
    }

    /** What a backup killed at each of its steps leaves behind. */
    private void killedBackupLeftovers() throws IOException {
        Files.createDirectories(backups());
        Files.write(backups().resolve("h2-123456.zip"), new byte[] {1, 2, 3});
        Files.write(backups().resolve("transferdesk-20261121-100000.tdbackup.part"), new byte[] {4});
        Files.createDirectories(backups().resolve("check-987"));
        Files.write(backups().resolve("check-987/transferdesk.mv.db"), new byte[] {5});
    }

    @Test
    void theNextBackup_removesWhatKilledBackupsLeft_andKeepsEverythingElse() throws IOException {
        killedBackupLeftovers();
        Files.writeString(backups().resolve("notes.txt"), "the user's");
        Files.writeString(backups().resolve("h2-notes.txt"), "not a zip of ours");
        Path made;
        try (Database db = Database.openFile(base())) {
            Path earlier = new BackupService(backups(), CLOCK).backup(db, "test");
            made = new BackupService(backups(), CLOCK).backup(db, "test");
            assertThat(earlier).exists();
        }

        assertThat(made).exists();
        assertThat(backups().resolve("h2-123456.zip")).doesNotExist();
        assertThat(backups().resolve("transferdesk-20261121-100000.tdbackup.part")).doesNotExist();
        assertThat(backups().resolve("check-987")).doesNotExist();
        assertThat(backups().resolve("notes.txt")).exists();
        assertThat(backups().resolve("h2-notes.txt")).exists();
    }

    /** A backup another process is writing holds the folder's lock: the next backup waits and touches nothing. */
    @Test
    void aBackupInProgressElsewhere_keepsItsFiles() throws Exception {
        killedBackupLeftovers();
        CompletableFuture<Path> second = new CompletableFuture<>();
        Thread backer;
        try (Database db = Database.openFile(base())) {
            try (DataFolderLock writing = DataFolderLock.acquire(backups().resolve(BackupService.WRITE_LOCK),
                    Duration.ZERO, "error.backupFailed")) {
                backer = new Thread(() -> {
                    try {
                        second.complete(new BackupService(backups(), CLOCK).backup(db, "test"));
                    } catch (Throwable e) {
                        second.completeExceptionally(e);
                    }
                });
                backer.start();
                while (backer.getState() != Thread.State.WAITING && backer.isAlive()) {
                    Thread.sleep(5);
                }
                assertThat(second).isNotDone();
                assertThat(backups().resolve("h2-123456.zip")).as("the other backup's file").exists();
                assertThat(backups().resolve("check-987")).exists();
                assertThat(backups().resolve("transferdesk-20261121-100000.tdbackup.part")).exists();
            }
            assertThat(second.get(60, TimeUnit.SECONDS)).exists();
        }
        assertThat(backups().resolve("h2-123456.zip")).as("a leftover once its writer is gone").doesNotExist();
    }

    @Test
    void theNextOpen_removesStagingFoldersOfKilledRestores() throws IOException {
        try (Database db = Database.openFile(base())) {
            RestoreSwapCrashTest.add(db, "L0001");
        }
        Path old = dir.resolve("data/restore-111");
        Files.createDirectories(old);
        Files.write(old.resolve("transferdesk.mv.db"), new byte[] {1});
        Path unlockedLock = dir.resolve("data/restore-222");
        Files.createDirectories(unlockedLock);
        Files.write(unlockedLock.resolve("transferdesk.mv.db"), new byte[] {1});
        Files.createFile(unlockedLock.resolve(RestoreJournal.STAGING_LOCK));
        Path notOurs = dir.resolve("data/restored-by-hand.txt");
        Files.writeString(notOurs, "x");
        Path halfJournal = dir.resolve("data/transferdesk.restore-journal.tmp");
        Files.writeString(halfJournal, "staged=restore-1");

        assertThat(RestoreSwapCrashTest.people(base())).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(unlockedLock).doesNotExist();
        assertThat(halfJournal).as("a journal killed while being written").doesNotExist();
        assertThat(dir.resolve("data/transferdesk.restore-journal")).doesNotExist();
        assertThat(notOurs).exists();
    }

    /** A restore that is still staging (its staging lock held) keeps its folder through another process's open. */
    @Test
    void aRestoreStillStaging_keepsItsFolder() throws IOException {
        Path staging = dir.resolve("data/restore-333");
        Files.createDirectories(staging);
        Files.write(staging.resolve("transferdesk.mv.db"), new byte[] {1});
        try (DataFolderLock staging333 = DataFolderLock.acquire(staging.resolve(RestoreJournal.STAGING_LOCK),
                Duration.ZERO, "error.restoreInUse")) {
            CompletableFuture.runAsync(() -> RestoreSwapCrashTest.people(base())).join();
            assertThat(staging.resolve("transferdesk.mv.db")).exists();
        }
        RestoreSwapCrashTest.people(base());
        assertThat(staging).doesNotExist();
    }

    /** A journal's staged copy is recovered, not cleaned away as a leftover. */
    @Test
    void aJournalsStagedCopy_isMovedIn_notDeleted() throws IOException {
        Path backup;
        try (Database db = Database.openFile(dir.resolve("src/transferdesk"))) {
            RestoreSwapCrashTest.add(db, "B0001");
            RestoreSwapCrashTest.add(db, "B0002");
            backup = new BackupService(dir.resolve("src/backups"), CLOCK).backup(db, "test");
        }
        try (Database db = Database.openFile(base())) {
            RestoreSwapCrashTest.add(db, "L0001");
        }
        try {
            BackupService.restore(backup, base(), point -> {
                if (point == RestoreJournal.Point.JOURNALLED) {
                    throw new RestoreSwapCrashTest.Killed(point);
                }
            });
        } catch (RestoreSwapCrashTest.Killed expected) {
            // the state a kill right after the journal leaves
        }

        assertThat(RestoreSwapCrashTest.people(base())).isEqualTo(2);
    }
}
