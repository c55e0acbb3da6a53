package org.transferdesk.db;

import org.transferdesk.common.UserFacingException;

/** The database was migrated by a newer TransferDesk: opening it here could damage it, so we refuse. */
public class DatabaseTooNewException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final String databaseVersion;

    public DatabaseTooNewException(String databaseVersion, String appVersion) {
        super("error.databaseTooNew", databaseVersion, appVersion);
        this.databaseVersion = databaseVersion;
    }

    /** The schema version the newer TransferDesk left. */
    public String databaseVersion() {
        return databaseVersion;
    }
}
