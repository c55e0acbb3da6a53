package org.transferdesk.db;

import org.transferdesk.common.UserFacingException;

/** A file offered for restore is no TransferDesk backup or is damaged: invalid input, the database untouched. */
public final class BackupRefusedException extends UserFacingException {
    public BackupRefusedException(String key, Object[] args, Throwable cause) {
        super(key, args, cause);
    }

    public BackupRefusedException(String key, Object... args) {
        super(key, args);
    }
}
