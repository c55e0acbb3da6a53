package org.transferdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditChainRepository;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.NotPermittedException;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;

/**
 * Issue 22: a technology manager reads only their own audit rows, so a check of the chain would report everyone
 * else's as missing; the check is refused instead, naming the roles that read the whole trail.
 */
@Tag(TestDatabase.TAG)
class AuditCheckAccessTest {
    @Test
    void onlyARoleThatReadsTheWholeTrailChecksIt() {
        try (Database db = TestDatabase.fresh()) {
            AuditService partial = new AuditService(new AuditChainRepository(db.dsl()), new AuditRepository(db.dsl()),
                    TestDatabase.CLOCK, () -> false);
            assertThatThrownBy(partial::verify).isInstanceOfSatisfying(NotPermittedException.class,
                    e -> assertThat(e.allowed()).containsExactly(Role.CLERK, Role.FINANCE, Role.LEADER, Role.AUDITOR,
                            Role.ADMIN).doesNotContain(Role.MANAGER));
            AuditService whole = new AuditService(new AuditChainRepository(db.dsl()), new AuditRepository(db.dsl()),
                    TestDatabase.CLOCK, () -> true);
            assertThat(whole.verify().intact()).isTrue();
        }
    }
}
