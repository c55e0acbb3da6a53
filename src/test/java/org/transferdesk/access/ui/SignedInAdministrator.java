package org.transferdesk.access.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.TestAccounts;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;

/**
 * What the 用户管理 tests start from: a fresh shared database and an administrator's own PostgreSQL login on it,
 * signed in (the shared database's accounts are its PostgreSQL logins). Closing it closes both connections.
 */
final class SignedInAdministrator implements AutoCloseable {
    /** Makes the test's logins unique on a server other runs share. */
    final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    final String admin;
    /** The database's owner: creates the administrator and reads PostgreSQL's own catalogue. */
    final Database owner;
    final Database mine;
    final AccountService accounts;

    /** Skips the test unless it runs on PostgreSQL; {@code loginPrefix} starts the administrator's login. */
    SignedInAdministrator(String loginPrefix) {
        assumeTrue(TestDatabase.onPostgres(), "accounts are the shared database's PostgreSQL logins");
        admin = loginPrefix + suffix;
        owner = TestDatabase.fresh();
        Database opened = null;
        try {
            TestAccounts.create(owner, admin, "张敏", Role.ADMIN);
            opened = TestAccounts.openAs(owner, admin);
            accounts = new AccountService(new AccountRepository(opened.dsl()), TestDatabase.CLOCK, true);
            accounts.signIn();
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            owner.close();
            throw e;
        }
        mine = opened;
    }

    @Override
    public void close() {
        mine.close();
        owner.close();
    }
}
