package org.transferdesk.access;

import org.transferdesk.common.I18n;
import org.transferdesk.common.NotPermittedException;
import org.transferdesk.common.Role;

/**
 * Who this running app (or command) works as, found once after the database opened (issue 22). {@code shared}: on
 * the office's PostgreSQL database, where the database enforces {@link #role()}; on the embedded database the one
 * local user is its administrator. {@code named}: the account has a name of its own (the embedded database asks for
 * it at the first start).
 */
public record SignedIn(String login, String displayName, Role role, boolean shared, boolean named) {

    public boolean may(Role.Permission permission) {
        return role.may(permission);
    }

    /** Refuses, naming who may, before the database would (the clerk's comfort; the database still decides). */
    public void require(Role.Permission permission) {
        if (!may(permission)) {
            throw NotPermittedException.of(permission);
        }
    }

    /** "张敏（经办）": the status bar's words. */
    public String describe() {
        return I18n.t("signedIn.describe", displayName, role.label());
    }
}
