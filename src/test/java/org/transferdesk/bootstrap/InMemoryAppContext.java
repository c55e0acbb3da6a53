package org.transferdesk.bootstrap;

import java.nio.file.Path;
import java.util.UUID;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;

/**
 * The whole application, wired as it starts, on a new in-memory H2 database of its own at the tests' clock: for the
 * tests of what the features do together (they run on H2 only; each feature's storage is tested on both databases).
 */
public final class InMemoryAppContext {
    private InMemoryAppContext() {
    }

    /** The app with its data folder (made if missing) at {@code dataFolder}; the caller closes it. */
    public static AppContext open(Path dataFolder) {
        return new AppContext(new DataFolder(dataFolder).create(), Database.openInMemory("app-" + UUID.randomUUID()),
                TestDatabase.CLOCK);
    }
}
