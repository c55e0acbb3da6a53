package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.audit.AuditVerification;
import org.transferdesk.audit.persistence.AuditChainRepository;

/**
 * V19 on an embedded database with audit rows from before the chain (issue 22): they are chained in id order from
 * the first, the head follows the last, and the rows written afterwards continue the chain.
 */
class V19AuditChainMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void v19_chainsTheRowsWrittenBefore_inIdOrder_andLaterRowsContinueTheChain() {
        Path base = OldDatabase.createIn(tmp, "15");
        OldDatabase.execute(base, "insert into audit_log (occurred_at, actor, entity, entity_id, action, changes) values "
                + "(TIMESTAMP '2025-03-01 09:00:00.123456', '王小明', 'person', 1, 'CREATE', '[]'), "
                + "(TIMESTAMP '2024-01-01 08:00:00', 'clerk', 'deal', 2, 'UPDATE', "
                + "'[{\"field\":\"title\",\"before\":\"旧\",\"after\":\"新😀\"}]'), "
                + "(TIMESTAMP '2025-03-02 10:00:00', 'V12', 'distribution', 3, 'UPDATE', '[]')");

        OldDatabase.migrateToLatest(base);

        assertThat(OldDatabase.query(base, "select listagg(id || ':' || seq, ',') within group (order by id) "
                + "from audit_log")).isEqualTo("1:1,2:2,3:3");
        try (Database db = Database.openFile(base)) {
            AuditVerification result = new AuditChainRepository(db.dsl()).verify();
            assertThat(result.firstProblem()).isEmpty();
            assertThat(result.rowsChecked()).isEqualTo(3);
            db.dsl().execute("insert into audit_log (occurred_at, actor, entity, entity_id, action, changes) values "
                    + "(TIMESTAMP '2026-11-22 10:00:00', 'clerk', 'person', 4, 'CREATE', '[]')");
            AuditVerification after = new AuditChainRepository(db.dsl()).verify();
            assertThat(after.firstProblem()).isEmpty();
            assertThat(after.latest().seq()).isEqualTo(4);
        }
    }
}
