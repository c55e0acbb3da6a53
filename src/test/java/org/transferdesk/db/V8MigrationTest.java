package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V8 on a database an older TransferDesk filled: people become 居民身份证 holders; an imported payment keeps
 * "publicised" without the made-up document number; and an imported cash payment is linked to the deal's latest
 * receipt on or before it (R-TAX58), refunds and later receipts not, and one without any receipt stays unlinked.
 */
class V8MigrationTest {
    @TempDir
    Path tmp;

    @Test
    void v8_keepsPublicisedWithoutTheInventedDocNo_andLinksImportedPaymentsToTheirReceipt() {
        Path base = OldDatabase.createIn(tmp, "7");
        OldDatabase.execute(base, "insert into deal (id, contract_no, mode, title, contract_amount, status) values "
                + "(1, 'C1', 'LICENSE', '许可', 100000.00, 'PERFORMING'), (2, 'C2', 'LICENSE', '许可', 1.00, 'PERFORMING')");
        OldDatabase.execute(base, "insert into receipt (id, deal_id, received_on, amount) values "
                + "(11, 1, DATE '2019-01-10', 60000.00), (12, 1, DATE '2021-06-01', 40000.00), "
                + "(13, 1, DATE '2021-07-01', -500.00), (14, 1, DATE '2022-05-01', 1000.00)");
        String columns = "insert into distribution (id, kind, deal_id, basis_date, policy_preset, key_minimum, gross, "
                + "deducted, net, rate, pool, university_part, status, publicity_doc_no, imported) values ";
        OldDatabase.execute(base, columns
                + "(21, 'CASH', 1, DATE '2022-03-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', '台账导入：已公示', TRUE), "
                + "(22, 'CASH', 2, DATE '2022-03-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', "
                + "'Imported from ledger: publicised', TRUE), "
                + "(23, 'CASH', 1, DATE '2021-01-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', '校发〔2021〕1号', FALSE), "
                + "(24, 'CASH', 1, DATE '2021-08-01', 'NATIONAL', 0.5, 1, 0, 1, 1, 1, 0, 'PAID', NULL, TRUE)");

        OldDatabase.migrateToLatest(base);

        assertThat(OldDatabase.query(base, "select id_type from person where staff_no = 'T001'")).isEqualTo("RESIDENT_ID");
        assertThat(OldDatabase.query(base, "select count(*) from distribution where publicity_doc_no is null "
                + "and publicised_per_ledger and id in (21, 22)")).isEqualTo("2");
        // recorded by the office, not invented: kept
        assertThat(OldDatabase.query(base, "select publicity_doc_no || '/' || publicised_per_ledger from distribution "
                + "where id = 23")).isEqualTo("校发〔2021〕1号/FALSE");
        assertThat(OldDatabase.query(base, "select publicised_per_ledger from distribution where id = 24"))
                .isEqualTo("FALSE");
        assertThat(OldDatabase.query(base, "select listagg(distribution_id || ':' || receipt_id, ',') within group "
                + "(order by distribution_id, receipt_id) from distribution_receipt")).isEqualTo("21:12,24:12");
        assertThat(OldDatabase.schemaVersion(base)).isEqualTo(org.transferdesk.TestDatabase.latestVersion());
    }
}
