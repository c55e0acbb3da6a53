package org.transferdesk.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * An exclusive lock on a small file, across processes (the OS file lock) and across threads of this process
 * (the OS lock is per process: a second {@link FileChannel#tryLock} here would throw, not wait).
 *
 * <p>Issue 19: restore's "in use" check held no lock, so an import could open the database between the check and
 * the swap and write into what became {@code .before-restore}. The data-folder lock ({@value #DATA_FOLDER})
 * is held by a restore for its whole check-and-swap and by every {@link Database#openFile} until H2 holds the
 * file; from then on H2's own lock makes the restore's check refuse. The lock file is never deleted: deleting
 * it would let two processes lock two different files of the same name.
 */
final class DataFolderLock implements AutoCloseable {
    /** Beside {@code transferdesk.mv.db}. */
    static final String DATA_FOLDER = ".restore.lock";
    /** How long an opener waits for a restore's swap (renames only: the slow verification runs outside the lock). */
    static final Duration OPEN_WAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 50;

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** The data-folder lock of the database at {@code dbBase} (no {@code .mv.db}). */
    static Path dataFolderLockFile(Path dbBase) {
        return dbBase.toAbsolutePath().normalize().resolveSibling(dbBase.getFileName() + DATA_FOLDER);
    }

    /**
     * Takes the lock on {@code lockFile}, waiting at most {@code wait} (null: as long as it takes).
     *
     * @param busyKey the message when another holder keeps it longer than {@code wait}
     */
    static DataFolderLock acquire(Path lockFile, Duration wait, String busyKey) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (inProcess.isHeldByCurrentThread()) {
            // Re-entry would hand the same thread a second OS lock on the file, which the JVM refuses.
            throw new IllegalStateException("lock already held by this thread: " + key);
        }
        long deadline = wait == null ? 0 : System.nanoTime() + wait.toNanos();
        try {
            if (wait == null) {
                inProcess.lockInterruptibly();
            } else if (!inProcess.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new UserFacingException(busyKey);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException(busyKey, new Object[0], e);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            if (!Files.exists(key)) {
                try {
                    OwnerOnly.newFile(key);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it first: the same file, locked below
                }
            }
            channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new DataFolderLock(inProcess, channel, lock);
                }
                if (wait != null && System.nanoTime() - deadline >= 0) {
                    throw new UserFacingException(busyKey);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw new UserFacingException("error.databaseOpen", new Object[] {e.getMessage()}, e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            inProcess.unlock();
            Thread.currentThread().interrupt();
            throw new UserFacingException(busyKey, new Object[0], e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw e;
        }
    }

    /**
     * Takes the lock only when nobody holds it, in this process or another; empty when someone does. Used to
     * tell a folder that a living process works in from one a killed process left behind.
     */
    static java.util.Optional<DataFolderLock> tryAcquire(Path lockFile) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (inProcess.isHeldByCurrentThread() || !inProcess.tryLock()) {
            return java.util.Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return java.util.Optional.of(new DataFolderLock(inProcess, channel, lock));
            }
        } catch (IOException | OverlappingFileLockException e) {
            // unreadable or locked in a way we cannot tell: treat as held, so nothing is deleted
        }
        closeQuietly(channel);
        inProcess.unlock();
        return java.util.Optional.empty();
    }

    /** Whether the lock is held, here or by another process (for tests and leftovers). */
    static boolean isHeld(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        return tryAcquire(lockFile).map(l -> {
            l.close();
            return false;
        }).orElse(true);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        } finally {
            closeQuietly(channel);
            inProcess.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }
}
