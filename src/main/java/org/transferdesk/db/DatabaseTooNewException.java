package org.transferdesk.db;

import org.transferdesk.common.UserFacingException;

/** The database was migrated by a newer TransferDesk: opening it here could damage it, so we refuse. */
public class DatabaseTooNewException extends UserFacingException {
    public DatabaseTooNewException(String databaseVersion, String appVersion) {
        super("error.databaseTooNew", databaseVersion, appVersion);
    }
}
