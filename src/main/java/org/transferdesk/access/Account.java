package org.transferdesk.access;

import org.transferdesk.common.Role;

/**
 * A member of the office who works in the ledger (issue 22): {@code login} is the PostgreSQL login on the shared
 * database (the local user on the embedded one), {@code displayName} what the audit, the status bar and every
 * "changed by" show. Deactivated accounts stay, so the audit keeps their names.
 */
public record Account(long id, String login, String displayName, Role role, boolean active, int version) {
}
