package org.transferdesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.common.UserFacingException;

/**
 * The write-ahead record of a restore's file swap (issue 19: a kill between restore's two renames left no
 * database, and the next command silently created an empty one).
 *
 * <p>The protocol, all under the {@link DataFolderLock}: the backup is staged as {@code restore-…/transferdesk.mv.db}
 * and verified in full; the staged file is synced; this journal ({@value #NAME}, beside the database) is written
 * atomically and synced, naming the staged file; then live → {@code .before-restore}, staged → live; then the
 * journal is deleted. Whatever point a kill stops it at, {@link #recover} on the next open (or restore) rolls
 * <em>forward</em> — the staged copy was verified before the journal was written, so it is what the user asked
 * for — and the live database is never missing while H2 could open it:
 * <ul>
 *   <li>killed before the journal exists: the old database is live and untouched; the staging folder is a
 *       leftover ({@link #removeLeftovers});</li>
 *   <li>journal written, no rename yet (live and staged both there): both renames are done now;</li>
 *   <li>between the renames (live missing, staged there): the second rename is done now;</li>
 *   <li>after both renames (staged gone, live there): only the journal is deleted.</li>
 * </ul>
 * Each step is a rename within one folder, so each state is one of the above, never a half-copied file.
 */
final class RestoreJournal {
    static final String NAME = ".restore-journal";
    static final String PREVIOUS = ".mv.db.before-restore";
    /** Staging folders in the data folder; each holds {@value #STAGING_LOCK} while its restore lives. */
    static final String STAGING_PREFIX = "restore-";
    static final String STAGING_LOCK = "staging.lock";
    private static final String STAGED = "staged";

    private RestoreJournal() {
    }

    static Path journal(Path dbBase) {
        return sibling(dbBase, NAME);
    }

    static Path live(Path dbBase) {
        return sibling(dbBase, ".mv.db");
    }

    static Path previous(Path dbBase) {
        return sibling(dbBase, PREVIOUS);
    }

    private static Path sibling(Path dbBase, String suffix) {
        Path base = dbBase.toAbsolutePath().normalize();
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /**
     * Writes the journal naming {@code staged} (relative to the data folder, so a folder moved while a restore
     * was cut short still recovers) and makes it and the staged file durable before any rename.
     */
    static void write(Path dbBase, Path staged) throws IOException {
        sync(staged);
        Path journal = journal(dbBase);
        Path folder = journal.getParent();
        Properties p = new Properties();
        p.setProperty(STAGED, folder.relativize(staged.toAbsolutePath().normalize()).toString());
        Path temp = folder.resolve(journal.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        OwnerOnly.newFile(temp);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(ch)) {
            p.store(out, "TransferDesk restore in progress: do not delete (see RestoreJournal)");
            out.flush();
            ch.force(true);
        }
        Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(folder);
    }

    /**
     * Where a restore can be cut short, for tests that stop it there the way a kill would (the next open must
     * then find the state described in the class comment).
     */
    enum Point { LOCKED_AND_CHECKED, JOURNALLED, BETWEEN_RENAMES, RENAMED }

    @FunctionalInterface
    interface Hook {
        Hook NONE = point -> {
        };

        void reached(Point point) throws IOException;
    }

    /** The swap itself, after {@link #write}: both renames (the journal is the caller's to delete). */
    static void swap(Path dbBase, Path staged, Hook hook) throws IOException {
        Path live = live(dbBase);
        if (Files.exists(live)) {
            Files.move(live, previous(dbBase), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        hook.reached(Point.BETWEEN_RENAMES);
        Files.move(staged, live, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(live.getParent());
        hook.reached(Point.RENAMED);
    }

    static void finish(Path dbBase) throws IOException {
        Files.deleteIfExists(journal(dbBase));
        syncFolder(journal(dbBase).getParent());
    }

    /**
     * Completes a restore a kill cut short; the caller holds the {@link DataFolderLock}. Returns whether there was
     * one. A journal whose staged copy and live database are both gone cannot be completed: the previous copy
     * is put back rather than letting H2 create an empty database in its place.
     */
    static boolean recover(Path dbBase) {
        Path journal = journal(dbBase);
        if (!Files.exists(journal)) {
            return false;
        }
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(journal)) {
                p.load(in);
            }
            String name = p.getProperty(STAGED);
            Path staged = name == null ? null : journal.getParent().resolve(name).normalize();
            Path live = live(dbBase);
            if (staged != null && Files.isRegularFile(staged)) {
                swap(dbBase, staged, Hook.NONE);
            } else if (!Files.exists(live)) {
                Path previous = previous(dbBase);
                if (!Files.exists(previous)) {
                    // Nothing to put in place: refuse to open rather than create an empty database.
                    throw new UserFacingException("error.restoreJournalBroken", journal);
                }
                Files.move(previous, live, StandardCopyOption.ATOMIC_MOVE);
            }
            finish(dbBase);
            if (staged != null) {
                deleteTree(staged.getParent());
            }
            return true;
        } catch (IOException e) {
            throw new UserFacingException("error.restoreRecoveryFailed", new Object[] {e.getMessage()}, e);
        }
    }

    /**
     * Deletes staging folders of restores that died before writing a journal (a journal's staging folder is
     * only ever reached after {@link #recover}). The caller holds the {@link DataFolderLock}, under which
     * staging folders are made and their lock taken, so a folder without a held {@value #STAGING_LOCK} has no
     * living restore.
     */
    static void removeLeftovers(Path dbBase) {
        Path folder = journal(dbBase).getParent();
        if (Files.exists(journal(dbBase)) || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            // a journal never renamed into place was written before any rename: nothing refers to it
            Files.deleteIfExists(folder.resolve(journal(dbBase).getFileName() + ".tmp"));
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)
                    && Files.isDirectory(p)).toList()) {
                Path lock = dir.resolve(STAGING_LOCK);
                if (!Files.exists(lock)) {
                    deleteTree(dir); // made by a version without staging locks, or killed before its lock
                    continue;
                }
                DataFolderLock.tryAcquire(lock).ifPresent(held -> {
                    held.close();
                    deleteTree(dir);
                });
            }
        } catch (IOException e) {
            // best effort: a leftover copy costs disk space, not data
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover staging folder holds nothing the user needs
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes renames in {@code folder} durable; file systems that cannot open a folder (Windows) skip it. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not supported here: the rename itself is still atomic
        }
    }
}
