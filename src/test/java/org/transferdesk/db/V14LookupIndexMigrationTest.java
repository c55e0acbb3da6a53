package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the lookups of the import and of the distribution reads are served by an index (H2's plan names it),
 * not by a scan of the table; and V14 applies to a database of the version before.
 */
@Tag(TestDatabase.TAG)
class V14LookupIndexMigrationTest {
    @TempDir
    Path tmp;

    private Database db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String plan(String sql) {
        if (TestDatabase.onPostgres()) {
            // an empty table is cheapest to read whole, so PostgreSQL's planner is told to avoid scans where it can;
            // it still scans when no index serves the condition, which is what these tests look for (issue 21)
            return db.dsl().transactionResult(c -> {
                c.dsl().execute("SET LOCAL enable_seqscan = off");
                return String.join("\n", c.dsl().fetch("EXPLAIN " + sql).getValues(0, String.class));
            });
        }
        DSLContext dsl = db.dsl();
        return dsl.fetchValue("EXPLAIN " + sql).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the import's match of people by name (V14)
            "select id from person where name in ('甲', '乙') | ix_person_name",
            // the counterparty lookup, asked one key at a time
            "select id from counterparty where name_key = 'x' | uk_counterparty_name_key",
            "select id from counterparty where credit_code = 'y' | uk_counterparty_credit_code",
            // a year's distributions and their parts, joined on the parent's condition
            "select l.id from distribution_line l join distribution d on d.id = l.distribution_id "
                    + "where d.basis_date between DATE '2024-01-01' and DATE '2024-12-31' | ix_distribution_basis",
            "select r.receipt_id from distribution_receipt r join distribution d on d.id = r.distribution_id "
                    + "where d.deal_id = 7 | ix_distribution_deal"})
    void aLookup_usesItsIndex_andScansNoTable(String sql, String index) {
        String plan = plan(sql);

        assertThat(plan).contains(index).doesNotContain("tableScan").doesNotContain("Seq Scan");
    }

    @Test
    void theOldCounterpartyLookupWithOr_scannedTheTable() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.onPostgres(),
                "H2's planner only: PostgreSQL answers the OR with both unique indexes (a BitmapOr)");
        // why findDuplicate asks twice: H2 does not use either unique index for the OR
        assertThat(plan("select id from counterparty where name_key = 'x' or credit_code = 'y'")).contains("tableScan");
    }

    @Test
    void v14_migratesTheVersionBefore_keepingItsPeople() {
        Path base = OldDatabase.createIn(tmp, "13");
        OldDatabase.execute(base, "insert into person (staff_no, name) values ('V14-0001', '甲教授')");

        OldDatabase.migrateToLatest(base);

        assertThat(OldDatabase.query(base, "select count(*) from information_schema.indexes "
                + "where index_name = 'ix_person_name'")).isEqualTo("1");
        assertThat(OldDatabase.query(base, "select name from person where name = '甲教授'")).isEqualTo("甲教授");
    }
}
