package org.transferdesk.db;

import org.transferdesk.common.UserFacingException;

/**
 * The shared database's schema is older than this app (issue 21): the first user of a new version upgrades it after
 * a confirmation; until then nothing is written. Carries the two versions for the question.
 */
public final class SchemaUpgradeNeededException extends UserFacingException {
    private static final long serialVersionUID = 1L;
    private final String current;
    private final String newest;

    public SchemaUpgradeNeededException(String current, String newest) {
        super("error.server.upgradeNeeded", current, newest);
        this.current = current;
        this.newest = newest;
    }

    public String current() {
        return current;
    }

    public String newest() {
        return newest;
    }
}
