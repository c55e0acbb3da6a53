package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Issue 19: restore's "in use" check held no lock, so an import that printed 「导入完成」 during a restore ended up
 * in .before-restore. Openers and restores now share the data-folder lock: an opener waits for the swap (or is
 * refused clearly) and opens the restored database, never the one being moved away.
 */
class DataFolderLockTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    /** The child: holds the data-folder lock of {@code args[0]} until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (DataFolderLock lock = DataFolderLock.acquire(DataFolderLock.dataFolderLockFile(Path.of(args[0])),
                Duration.ZERO, "error.restoreRunning")) {
            System.out.println("held");
            System.out.flush();
            System.in.read();
        }
    }

    private Path base() {
        return dir.resolve("data/transferdesk");
    }

    /** Waits until {@code thread} blocks (on the lock: nothing else in an open waits with a time-out). */
    /** A started thread that opens the database, completing {@code opened} with its schema version or failure. */
    private Thread startOpening(CompletableFuture<String> opened) {
        Thread opener = new Thread(() -> {
            try (Database db = Database.openFile(base())) {
                opened.complete(db.schemaVersion());
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        });
        opener.start();
        return opener;
    }

    private static void awaitBlocked(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.isAlive()) {
            Thread.sleep(5);
        }
    }

    @Test
    void anImportLikeWrite_duringARestore_landsInTheRestoredDatabase_notInBeforeRestore() throws Exception {
        Path backup;
        try (Database db = Database.openFile(dir.resolve("src/transferdesk"))) {
            RestoreSwapCrashTest.add(db, "B0001");
            backup = new BackupService(dir.resolve("backups"), CLOCK).backup(db, "test");
        }
        try (Database db = Database.openFile(base())) {
            RestoreSwapCrashTest.add(db, "L0001");
            RestoreSwapCrashTest.add(db, "L0002");
        }
        CompletableFuture<Integer> importer = new CompletableFuture<>();
        Thread[] importThread = new Thread[1];
        AtomicBoolean openedDuringSwap = new AtomicBoolean();
        RestoreJournal.Hook hook = point -> {
            if (point == RestoreJournal.Point.LOCKED_AND_CHECKED) {
                // the import starts right after the in-use check passed: the moment the old code let it in
                importThread[0] = new Thread(() -> {
                    try (Database db = Database.openFile(base())) {
                        RestoreSwapCrashTest.add(db, "I0001");
                        importer.complete(new PersonRepository(db.dsl()).count());
                    } catch (Throwable e) {
                        importer.completeExceptionally(e);
                    }
                });
                importThread[0].start();
                try {
                    awaitBlocked(importThread[0]);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (point == RestoreJournal.Point.BETWEEN_RENAMES && Database.isOpenHere(base())) {
                openedDuringSwap.set(true);
            }
        };

        BackupService.restore(backup, base(), hook);

        assertThat(importer.get(60, TimeUnit.SECONDS)).as("the import saw the restored database plus its row")
                .isEqualTo(2);
        assertThat(openedDuringSwap).isFalse();
        assertThat(RestoreSwapCrashTest.people(base())).isEqualTo(2);
        Path copy = dir.resolve("look/copy");
        Files.createDirectories(copy.getParent());
        Files.copy(dir.resolve("data/transferdesk.mv.db.before-restore"), dir.resolve("look/copy.mv.db"));
        Files.copy(dir.resolve("data").resolve(H2Key.FILE), dir.resolve("look").resolve(H2Key.FILE));
        assertThat(RestoreSwapCrashTest.people(copy)).as("nothing written into .before-restore").isEqualTo(2);
    }

    @Test
    void anOpener_whileAnotherThreadHoldsTheLock_waits_thenOpens() throws Exception {
        Path lockFile = DataFolderLock.dataFolderLockFile(base());
        CompletableFuture<String> opened = new CompletableFuture<>();
        try (DataFolderLock held = DataFolderLock.acquire(lockFile, Duration.ZERO, "error.restoreRunning")) {
            awaitBlocked(startOpening(opened));
            assertThat(opened).isNotDone();
            assertThat(dir.resolve("data/transferdesk.mv.db")).as("nothing opened, nothing created").doesNotExist();
        }
        assertThat(opened.get(60, TimeUnit.SECONDS)).isNotBlank();
    }

    @Test
    void aSecondTaker_isRefusedClearly_whenItMayNotWait() {
        Path lockFile = DataFolderLock.dataFolderLockFile(base());
        try (DataFolderLock held = DataFolderLock.acquire(lockFile, Duration.ZERO, "error.restoreRunning")) {
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try (DataFolderLock second = DataFolderLock.acquire(lockFile, Duration.ZERO, "error.restoreRunning")) {
                    return null;
                } catch (Throwable e) {
                    return e;
                }
            });
            assertThat(other.join()).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.restoreRunning"));
            assertThatThrownBy(() -> DataFolderLock.acquire(lockFile, Duration.ZERO, "error.restoreRunning"))
                    .as("the holder itself may not take it twice").isInstanceOf(IllegalStateException.class);
        }
        try (DataFolderLock again = DataFolderLock.acquire(lockFile, Duration.ZERO, "error.restoreRunning")) {
            assertThat(lockFile).exists();
        }
    }

    /** Another process holds the lock (a restore swapping): refused at once, or waited for, then opened. */
    @Test
    void anotherProcessHoldingTheLock_refusesOrDelaysTheOpen() throws Exception {
        Files.createDirectories(base().getParent());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DataFolderLockTest.class.getName(), base().toString())
                .redirectErrorStream(true).start();
        CompletableFuture<String> opened = new CompletableFuture<>();
        try {
            byte[] line = new byte[4];
            assertThat(child.getInputStream().readNBytes(line, 0, 4)).isEqualTo(4);
            assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("held");
            Path lockFile = DataFolderLock.dataFolderLockFile(base());
            assertThat(DataFolderLock.isHeld(lockFile)).isTrue();
            assertThatThrownBy(() -> DataFolderLock.acquire(lockFile, Duration.ZERO, "error.restoreRunning"))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.restoreRunning"));

            awaitBlocked(startOpening(opened));
            assertThat(opened).isNotDone();
            assertThat(dir.resolve("data/transferdesk.mv.db")).doesNotExist();
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertThat(opened.get(60, TimeUnit.SECONDS)).isNotBlank();
        assertThat(DataFolderLock.isHeld(DataFolderLock.dataFolderLockFile(base()))).isFalse();
    }

    /** A restore while the database is open still refuses: the in-use check now runs under the lock. */
    @Test
    void aRestore_whileTheDatabaseIsOpen_isRefused_andChangesNothing() throws IOException {
        Path backup;
        try (Database db = Database.openFile(dir.resolve("src/transferdesk"))) {
            backup = new BackupService(dir.resolve("backups"), CLOCK).backup(db, "test");
        }
        try (Database open = Database.openFile(base())) {
            RestoreSwapCrashTest.add(open, "L0001");
            assertThatThrownBy(() -> BackupService.restore(backup, base()))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.restoreInUse"));
        }
        assertThat(dir.resolve("data/transferdesk.restore-journal")).doesNotExist();
        assertThat(dir.resolve("data/transferdesk.mv.db.before-restore")).doesNotExist();
        assertThat(RestoreSwapCrashTest.people(base())).isEqualTo(1);
        assertThat(DataFolderLock.isHeld(DataFolderLock.dataFolderLockFile(base()))).isFalse();
    }
}
