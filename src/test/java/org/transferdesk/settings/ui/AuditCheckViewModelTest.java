package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditService;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditChainRepository;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** Settings' 核验审计记录 (issue 22) says in words whether the trail is intact, and names a changed row. */
@Tag(TestDatabase.TAG)
class AuditCheckViewModelTest {
    @Test
    void verify_saysIntact_thenNamesARowChangedBehindTheTriggers() {
        try (Database db = TestDatabase.fresh()) {
            AuditRepository repo = new AuditRepository(db.dsl());
            for (int i = 0; i < 3; i++) {
                repo.appendNow(new AuditEntry(LocalDateTime.now(TestDatabase.CLOCK), "clerk", "person", i,
                        AuditAction.UPDATE, List.of(new FieldChange("name", "a", "b"))));
            }
            AuditCheckViewModel vm = new AuditCheckViewModel(
                    new AuditService(new AuditChainRepository(db.dsl()), repo, TestDatabase.CLOCK),
                    new CurrentThreadTaskExecutor());
            vm.verify();
            assertThat(vm.resultProperty().get()).contains("审计记录完好", "3");
            assertThat(vm.brokenProperty().get()).isFalse();
            assertThat(vm.runningProperty().get()).isFalse();

            db.dsl().transaction(c -> {
                if (TestDatabase.onPostgres()) {
                    c.dsl().execute("SET LOCAL session_replication_role = replica");
                } else {
                    c.dsl().execute("DROP TRIGGER audit_log_append_only");
                }
                c.dsl().execute("update audit_log set actor = 'someone' where seq = 2");
            });
            vm.verify();
            assertThat(vm.resultProperty().get()).contains("第 2 条审计记录", "someone", "写入后被改动过");
            assertThat(vm.brokenProperty().get()).isTrue();
        }
    }
}
