package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.benchmark.GeneratedLedger;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the import writes its new records in batches, and what it writes must not change. The golden file was
 * dumped by the record-by-record writer (before the batches) from the same generated ledger: every audit row
 * (entity, id, action, JSON changes) and every written table's rows without their timestamps. Regenerate it only
 * when an intended change of what the import records is made: run with {@code -Dgolden.write=PATH}.
 */
@Tag(TestDatabase.TAG)
class LedgerImportAuditTest {
    private static final String GOLDEN = "import-audit-golden.txt";

    /** Tables the import writes, with the columns compared (every column but the row's own timestamps). */
    private static final List<String> TABLES = List.of(
            "department: id, name, active",
            "person: id, staff_no, name, department_id, leader_role, id_type, id_number, contact, version",
            "disclosure: id, result_no, title, disclosed_on, department_id, result_type, funding_source, status, version",
            "disclosure_status_change: id, disclosure_id, from_status, to_status, changed_on, reason, changed_by",
            "inventor: id, disclosure_id, person_id, share, key_contributor, position",
            "ip_asset: id, disclosure_id, ip_type, application_no, title, filed_on, granted_on, status, owners",
            "counterparty: id, name, name_key, credit_code, region, province_code, industry, industry_code, version",
            "company: id, name, origin",
            "deal: id, contract_no, mode, license_kind, title, counterparty_id, signed_on, contract_amount,"
                    + " pricing_method, related_party, registration_no, registered_on, status, version",
            "deal_result: deal_id, disclosure_id",
            "deal_publicity: deal_id, starts_on, ends_on",
            "deal_equity: deal_id, company_id, university_share",
            "receipt: id, deal_id, received_on, amount, voucher_no, instalment_id",
            "deal_cost: id, deal_id, incurred_on, category, amount",
            "audit_log: entity, entity_id, action, actor, occurred_at, changes");

    @TempDir
    Path tmp;

    @Test
    void aGeneratedLedgerWritesTheSameRowsAndAuditRowsAsTheRecordByRecordWriter() throws IOException {
        List<String> dump = importAndDump();

        String golden = System.getProperty("golden.write");
        if (golden != null) {
            Files.write(Path.of(golden), dump, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file").isNotNull();
            List<String> expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(dump).hasSize(expected.size()).containsExactlyElementsOf(expected);
        }
    }

    private List<String> importAndDump() throws IOException {
        Path folder = tmp.resolve("ledger");
        GeneratedLedger.generate(120, LocalDate.of(2026, 11, 1), GeneratedLedger.DEFAULT_SEED).writeCsvFolder(folder);
        try (Database db = TestDatabase.fresh()) {
            LedgerImporter importer = new LedgerImporter(new LedgerRepository(db.dsl()), TestDatabase.CLOCK);
            ImportPreview preview = importer.preview(folder, false, ProgressSink.NONE);
            assertThat(preview.errors()).isEmpty();
            importer.commit(preview, ProgressSink.NONE);
            List<String> dump = new ArrayList<>();
            for (String table : TABLES) {
                String name = table.substring(0, table.indexOf(':'));
                String columns = table.substring(table.indexOf(':') + 1);
                dump.add("# " + name);
                // the audit rows in a stable order that does not depend on the order they were appended in
                String order = name.equals("audit_log") ? "entity, entity_id, action, changes" : columns;
                db.dsl().resultQuery("select " + columns + " from " + name + " order by " + order)
                        .forEach(r -> dump.add(r.formatCSV(false).strip()));
            }
            return dump;
        }
    }
}
