package org.transferdesk.db;

import java.util.List;

/**
 * Hooks around Flyway's migration in {@link Database#openFile(java.nio.file.Path, UpgradeGuard)}, so the
 * application can act on an upgrade (back up first) without the database knowing about versions of the app.
 * An exception from {@link #beforeMigrate} fails the open and leaves the database unmigrated.
 */
public interface UpgradeGuard {
    UpgradeGuard NONE = new UpgradeGuard() {
    };

    /** Called with the open database, not yet migrated (but known not to be from a newer TransferDesk). */
    default void beforeMigrate(Database unmigrated, Schema schema) {
    }

    /** Called once every migration has been applied. */
    default void afterMigrate(Database migrated) {
    }

    /**
     * Where the database stands before migrating.
     *
     * @param version the applied schema version, "0" when none
     * @param pending the versions Flyway is about to apply, oldest first
     * @param fresh   whether no migration was ever applied (a brand-new database)
     */
    record Schema(String version, List<String> pending, boolean fresh) {
        public Schema {
            pending = List.copyOf(pending);
        }
    }
}
