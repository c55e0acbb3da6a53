package org.transferdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.audit.Actor;
import org.transferdesk.db.Database;

/**
 * Issue 22: a refused login is kept on the PC (never a password) and reported to the audit at the next sign-in,
 * together with that sign-in; then the PC forgets it.
 */
@Tag(TestDatabase.TAG)
class FailedLoginsTest {
    @TempDir
    Path folder;

    @Test
    void refusedLogins_areNotedOnThePc_andAuditedWithTheNextSignIn() throws Exception {
        FailedLogins failed = new FailedLogins(folder, TestDatabase.CLOCK);
        failed.record("zhangmin");
        failed.record("zhang\tmin\n");
        Files.writeString(folder.resolve(FailedLogins.FILE), "not a line of ours\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<AccountService.FailedLogin> noted = failed.read();
        assertThat(noted).extracting(AccountService.FailedLogin::login).containsExactly("zhangmin", "zhang min");
        assertThat(noted).allSatisfy(f -> assertThat(f.computer()).isNotBlank());

        String actorBefore = Actor.current();
        try (Database db = TestDatabase.fresh()) {
            AccountService accounts = new AccountService(new AccountRepository(db.dsl()), TestDatabase.CLOCK,
                    db.isServer());
            accounts.signIn();
            accounts.auditSignIn(noted);
            failed.clear();
            assertThat(db.dsl().fetch("select action, changes from audit_log where entity = 'session' order by id"))
                    .extracting(r -> r.get(0, String.class) + " " + r.get(1, String.class).contains("zhangmin"))
                    .containsExactly("LOGIN_FAILED true", "LOGIN_FAILED false", "LOGIN false");
        } finally {
            Actor.signIn(actorBefore);
        }
        assertThat(failed.read()).isEmpty();
        assertThat(folder.resolve(FailedLogins.FILE)).doesNotExist();
    }
}
