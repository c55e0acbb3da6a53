package org.transferdesk.access;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;
import org.transferdesk.db.UpgradeGuard;

/** Accounts on a PostgreSQL test database, made by its owner, and the database opened as one of them (issue 22). */
public final class TestAccounts {
    public static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {
    }

    /**
     * Eight hex digits for a test's logins: PostgreSQL logins are the server's, not one database's, so two runs or
     * two tests on one server must not name the same.
     */
    public static String uniqueSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Makes the account {@code login} as the owner of {@code owner}'s database would, through V22's function. */
    public static void create(Database owner, String login, String name, Role role) {
        new AccountRepository(owner.dsl()).create(login, name, role, PASSWORD.toCharArray(), new AuditEntry(
                LocalDateTime.now(TestDatabase.CLOCK), "postgres", AccountRepository.ENTITY, 0, AuditAction.CREATE,
                List.of()));
    }

    /** {@code owner}'s database opened with {@code login}'s own login, as that colleague's PC opens it. */
    public static Database openAs(Database owner, String login) {
        return Database.openServer(owner.url().replaceAll("\\?.*$", ""), login, PASSWORD, UpgradeGuard.NONE);
    }
}
