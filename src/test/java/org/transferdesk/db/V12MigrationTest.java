package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.audit.ui.HistoryTable;
import org.transferdesk.common.I18n;

/**
 * V12 on a database where two `distribute` runs at once gave one receipt to two live drafts (issue 19): nothing is
 * deleted, the first saved keeps the receipt, the later one keeps its link but no longer holds it and its history
 * says so; revoked distributions and imported payments never hold a receipt; and afterwards the database refuses a
 * second holder.
 */
class V12MigrationTest {
    @TempDir
    Path tmp;

    @Test
    void v12_keepsTheFirstHolderOfASharedReceipt_recordsTheLaterOne_andThenRefusesASecondHolder() {
        Path base = OldDatabase.createIn(tmp, "11");
        OldDatabase.execute(base, "insert into deal (id, contract_no, mode, title, contract_amount, status) values "
                + "(1, 'HT-A-000031', 'LICENSE', '许可', 100000.00, 'PERFORMING')");
        OldDatabase.execute(base, "insert into receipt (id, deal_id, received_on, amount) values "
                + "(11, 1, DATE '2024-01-10', 60000.00), (12, 1, DATE '2024-06-01', 40000.00)");
        String columns = "insert into distribution (id, kind, deal_id, basis_date, policy_preset, key_minimum, gross, "
                + "deducted, net, rate, pool, university_part, status, imported) values ";
        OldDatabase.execute(base, columns
                + "(5, 'CASH', 1, DATE '2024-01-10', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'DRAFT', FALSE), "
                + "(7, 'CASH', 1, DATE '2024-01-10', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'DRAFT', FALSE), "
                + "(8, 'CASH', 1, DATE '2024-01-10', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'REVOKED', FALSE), "
                + "(9, 'CASH', 1, DATE '2024-07-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', TRUE), "
                + "(10, 'CASH', 1, DATE '2025-07-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', TRUE), "
                + "(3, 'CASH', 1, DATE '2024-06-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', FALSE)");
        OldDatabase.execute(base, "insert into distribution_receipt (distribution_id, receipt_id) values "
                + "(5, 11), (7, 11), (8, 11), (9, 12), (10, 12), (3, 12)");

        OldDatabase.migrateToLatest(base);

        // every link is still there; only #5 (first of receipt 11) and #3 (the app's one of receipt 12) hold
        assertThat(OldDatabase.query(base, "select listagg(distribution_id || ':' || receipt_id || ':' "
                + "|| coalesce(cast(live as varchar), '-'), ',') within group (order by distribution_id) "
                + "from distribution_receipt"))
                .isEqualTo("3:12:TRUE,5:11:TRUE,7:11:-,8:11:-,9:12:-,10:12:-");
        assertThat(OldDatabase.query(base, "select count(*) from distribution")).isEqualTo("6");
        assertThat(OldDatabase.query(base, "select listagg(entity || ' ' || entity_id || ' ' || actor || ' ' || changes, "
                + "'|') from audit_log where actor = 'V12'"))
                .isEqualTo("distribution 7 V12 [{\"field\":\"sharedReceipt\",\"before\":\"2024-01-10 60000.00\","
                        + "\"after\":\"#5\"}]");
        assertThatThrownBy(() -> OldDatabase.execute(base,
                "insert into distribution_receipt (distribution_id, receipt_id, live) values (8, 12, TRUE)"))
                .hasMessageContaining("uq_distribution_receipt_live");
        // the history the user opens reads it like any other change, under its own label
        try (Database db = Database.open("jdbc:h2:file:" + base.toAbsolutePath() + Database.OPTIONS)) {
            var changes = new AuditRepository(db.dsl()).history("distribution", 7).get(0).changes();
            assertThat(changes).containsExactly(new FieldChange("sharedReceipt", "2024-01-10 60000.00", "#5"));
            var vocabulary = new org.transferdesk.audit.AuditVocabulary(
                    org.transferdesk.reward.RewardAuditLabels.all());
            assertThat(vocabulary.label("distribution", "sharedReceipt")).isEqualTo(I18n.t("history.sharedReceipt"));
            assertThat(HistoryTable.lines(vocabulary, new AuditRepository(db.dsl()).history("distribution", 7))
                    .get(0).details()).startsWith(I18n.t("history.sharedReceipt") + " ");
        }
        assertThat(OldDatabase.schemaVersion(base)).isEqualTo(org.transferdesk.TestDatabase.latestVersion());
    }
}
