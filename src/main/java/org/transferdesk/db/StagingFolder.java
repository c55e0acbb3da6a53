package org.transferdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The staging folder a new database file is prepared in before {@link RestoreJournal} swaps it in (a restore, a
 * change of the file's encryption). It is claimed by its lock as it is made, so a cleanup never deletes it while it
 * is being filled; closed, it is released and deleted, unless it is journalled: then it holds the only copy of the
 * new data until the next open's recovery moves it.
 */
final class StagingFolder implements AutoCloseable {
    private final Path path;
    private final DataFolderLock lock;
    private boolean journalled;

    /** Makes and claims a staging folder in {@code parent}; {@code inUseKey} is the message should it be taken. */
    StagingFolder(Path parent, String inUseKey) throws IOException {
        path = Files.createTempDirectory(parent, RestoreJournal.STAGING_PREFIX);
        try {
            lock = DataFolderLock.acquire(path.resolve(RestoreJournal.STAGING_LOCK), null, inUseKey);
        } catch (RuntimeException e) {
            RestoreJournal.deleteTree(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Writes the journal that swaps {@code staged} in for {@code base}'s file: from here on the folder is kept. */
    void journal(Path base, Path staged) throws IOException {
        RestoreJournal.write(base, staged);
        journalled = true;
    }

    /** The swap is complete: the folder holds only leftovers again. */
    void finish(Path base) throws IOException {
        RestoreJournal.finish(base);
        journalled = false;
    }

    @Override
    public void close() {
        lock.close();
        if (!journalled) {
            RestoreJournal.deleteTree(path);
        }
    }
}
