package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealMode;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.AnnualReports;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.Tally;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: part (3)'s figures from two grouped statements ({@link ReportModeSums}) equal, to the fen, the figures the
 * report counts contract by contract (R-REPORT-COUNT), on a generated ledger varied past the benchmark's own data:
 * ten years, all eight modes, every licence kind and none, refunds of odd amounts, odd fen, contracts never signed
 * or signed but not in a signed status, and contracts linked to several results (classified only, classified with an
 * open one, open only: R-REPORT-WHO), under each of the sixteen combinations of the counting conventions.
 */
@Tag(TestDatabase.TAG)
class ReportModeSumsTest {
    private static Database db;
    private static ReportData records;

    @BeforeAll
    static void ledger() {
        db = TestDatabase.fresh();
        new ReportBenchmarkData(db.dsl()).generate(1200, 3600);
        var dsl = db.dsl();
        long first = dsl.fetchOne("SELECT MIN(id) FROM deal").get(0, Long.class);
        dsl.execute("""
                UPDATE deal SET license_kind = CASE MOD(id, 5) WHEN 0 THEN 'EXCLUSIVE' WHEN 1 THEN 'SOLE'
                    WHEN 2 THEN 'OPEN' WHEN 3 THEN NULL ELSE 'ORDINARY' END WHERE mode = 'LICENSE'""");
        // COOPERATION is not one of the six modes; a licence kind on a mode other than LICENSE is not a kind's figure
        dsl.execute("UPDATE deal SET mode = 'COOPERATION' WHERE mode = 'SELF' AND MOD(id, 2) = 0");
        dsl.execute("UPDATE deal SET license_kind = 'SOLE' WHERE mode = 'TRANSFER' AND MOD(id, 7) = 0");
        dsl.execute("UPDATE deal SET contract_amount = contract_amount + MOD(id, 97) / 100.0 WHERE MOD(id, 3) = 1");
        dsl.execute("UPDATE deal SET status = 'DRAFT' WHERE MOD(id, 23) = 0");
        dsl.execute("UPDATE deal SET status = 'APPROVAL' WHERE MOD(id, 31) = 0");
        dsl.execute("UPDATE deal SET signed_on = NULL WHERE MOD(id, 29) = 0");
        dsl.execute("UPDATE receipt SET amount = amount + MOD(id, 7) / 100.0 WHERE amount > 0");
        dsl.execute("UPDATE receipt SET amount = -(MOD(id, 50) + 0.03) WHERE MOD(id, 41) = 0");
        // the year's first and last days, by both counting dates
        dsl.execute("UPDATE deal SET signed_on = DATE '2020-12-31', registered_on = DATE '2021-01-01', "
                + "status = 'PERFORMING' WHERE id BETWEEN ? AND ?", first, first + 7);
        dsl.execute("UPDATE deal SET signed_on = DATE '2021-01-01', registered_on = DATE '2021-12-31', "
                + "status = 'TERMINATED' WHERE id BETWEEN ? AND ?", first + 8, first + 15);
        dsl.execute("UPDATE receipt SET received_on = DATE '2022-12-31' WHERE MOD(id, 43) = 0");
        dsl.execute("UPDATE receipt SET received_on = DATE '2023-01-01' WHERE MOD(id, 47) = 0");
        dsl.execute("""
                INSERT INTO disclosure (result_no, title, disclosed_on, confidential) VALUES
                    ('C-1', 'classified one', DATE '2015-03-01', TRUE),
                    ('C-2', 'classified two', DATE '2015-04-01', TRUE),
                    ('O-1', 'open one', DATE '2015-05-01', FALSE)""");
        dsl.execute("""
                INSERT INTO deal_result (deal_id, disclosure_id)
                SELECT d.id, x.id FROM deal d JOIN disclosure x
                  ON MOD(d.id, 11) = 0 AND x.result_no = 'C-1'
                  OR MOD(d.id, 13) = 0 AND x.result_no IN ('C-1', 'O-1')
                  OR MOD(d.id, 17) = 0 AND x.result_no = 'O-1'
                  OR MOD(d.id, 19) = 0 AND x.result_no IN ('C-1', 'C-2')""");
        dsl.execute("ANALYZE");
        // a superset of every year's records: the counting picks by date itself (ReportData)
        records = new ReportRepository(dsl).load(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31), true, Map.of());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ReportConventions conventions(String contractYear, String refunds, String equity,
                                                 String terminated) {
        Map<String, String> v = Map.of(ReportConventions.CONTRACT_YEAR, contractYear, ReportConventions.REFUNDS,
                refunds, ReportConventions.EQUITY_RECEIVED, equity, ReportConventions.TERMINATED, terminated);
        return ReportConventions.from(key -> Optional.ofNullable(v.get(key)));
    }

    @ParameterizedTest
    @CsvSource({
            "SIGNED, SUBTRACT, ZERO, INCLUDE", "SIGNED, SUBTRACT, ZERO, EXCLUDE",
            "SIGNED, SUBTRACT, RECEIPTS, INCLUDE", "SIGNED, SUBTRACT, RECEIPTS, EXCLUDE",
            "SIGNED, IGNORE, ZERO, INCLUDE", "SIGNED, IGNORE, ZERO, EXCLUDE",
            "SIGNED, IGNORE, RECEIPTS, INCLUDE", "SIGNED, IGNORE, RECEIPTS, EXCLUDE",
            "REGISTERED, SUBTRACT, ZERO, INCLUDE", "REGISTERED, SUBTRACT, ZERO, EXCLUDE",
            "REGISTERED, SUBTRACT, RECEIPTS, INCLUDE", "REGISTERED, SUBTRACT, RECEIPTS, EXCLUDE",
            "REGISTERED, IGNORE, ZERO, INCLUDE", "REGISTERED, IGNORE, ZERO, EXCLUDE",
            "REGISTERED, IGNORE, RECEIPTS, INCLUDE", "REGISTERED, IGNORE, RECEIPTS, EXCLUDE"})
    void sums_equalTheCountedFigures_toTheFen_everyYear(String contractYear, String refunds, String equity,
                                                       String terminated) {
        ReportConventions conventions = conventions(contractYear, refunds, equity, terminated);
        ReportModeSums sums = new ReportModeSums(db.dsl());
        for (int year = 2015; year <= 2026; year++) {
            AnnualReport counted = AnnualReports.build(records, year, conventions);
            ReportModeSums.Sums grouped = sums.sums(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), conventions);
            assertThat(grouped.modes()).as("modes %d", year).isEqualTo(counted.modes());
            assertThat(grouped.licenceKinds()).as("licence kinds %d", year).isEqualTo(counted.licenceKinds());
        }
    }

    @ParameterizedTest
    @CsvSource({"2021, 2021-01-01", "2021, 2021-06-30", "2022, 2022-12-30", "2023, 2023-01-01"})
    void sums_upToACutoff_equalTheCountedFigures(int year, LocalDate cutoff) {
        ReportModeSums.Sums grouped = new ReportModeSums(db.dsl())
                .sums(LocalDate.of(year, 1, 1), cutoff, ReportConventions.DEFAULT);
        AnnualReport counted = AnnualReports.buildUpTo(records, year, cutoff, ReportConventions.DEFAULT);
        assertThat(grouped.modes()).isEqualTo(counted.modes());
        assertThat(grouped.licenceKinds()).isEqualTo(counted.licenceKinds());
    }

    /** The ledger exercises what the sums must leave out: else the equality above could not fail. */
    @ParameterizedTest
    @CsvSource({
            "SIGNED, SUBTRACT, ZERO, INCLUDE, REGISTERED, SUBTRACT, ZERO, INCLUDE",
            "SIGNED, SUBTRACT, ZERO, INCLUDE, SIGNED, IGNORE, ZERO, INCLUDE",
            "SIGNED, SUBTRACT, ZERO, INCLUDE, SIGNED, SUBTRACT, RECEIPTS, INCLUDE",
            "SIGNED, SUBTRACT, ZERO, INCLUDE, SIGNED, SUBTRACT, ZERO, EXCLUDE"})
    void eachConvention_changesTheFigures(String y1, String r1, String e1, String t1, String y2, String r2, String e2,
                                          String t2) {
        ReportModeSums sums = new ReportModeSums(db.dsl());
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        assertThat(sums.sums(from, to, conventions(y1, r1, e1, t1)))
                .isNotEqualTo(sums.sums(from, to, conventions(y2, r2, e2, t2)));
    }

    @Test
    void classifiedContracts_areLeftOut_andAContractWithAnOpenResultIsNot() {
        Tally all = Tally.ZERO;
        ReportModeSums.Sums grouped = new ReportModeSums(db.dsl())
                .sums(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), ReportConventions.DEFAULT);
        for (Tally t : grouped.modes().values()) {
            all = all.plus(t);
        }
        int signedIn2021 = db.dsl().fetchOne("""
                SELECT COUNT(*) FROM deal WHERE signed_on BETWEEN DATE '2021-01-01' AND DATE '2021-12-31'
                  AND status IN ('SIGNED', 'PERFORMING', 'COMPLETED', 'TERMINATED')
                  AND mode IN ('TRANSFER', 'LICENSE', 'EQUITY', 'DEVELOPMENT', 'CONSULTING', 'SERVICE')""")
                .get(0, Integer.class);
        int classifiedIn2021 = db.dsl().fetchOne("""
                SELECT COUNT(*) FROM deal WHERE signed_on BETWEEN DATE '2021-01-01' AND DATE '2021-12-31'
                  AND status IN ('SIGNED', 'PERFORMING', 'COMPLETED', 'TERMINATED')
                  AND mode IN ('TRANSFER', 'LICENSE', 'EQUITY', 'DEVELOPMENT', 'CONSULTING', 'SERVICE')
                  AND (MOD(id, 11) = 0 OR MOD(id, 19) = 0) AND MOD(id, 13) <> 0 AND MOD(id, 17) <> 0""")
                .get(0, Integer.class);
        assertThat(classifiedIn2021).as("the ledger has classified contracts in 2021").isPositive();
        assertThat(all.contracts()).isEqualTo(signedIn2021 - classifiedIn2021);
        assertThat(grouped.modes().get(DealMode.EQUITY).received()).as("equity received counts zero by default")
                .isEqualByComparingTo("0");
    }

    @Test
    void sums_costThreeStatements_theClassifiedContracts_andTwoGroupedSums() {
        StatementCounter counter = new StatementCounter();
        new ReportModeSums(counter.on(db.dsl()))
                .sums(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), ReportConventions.DEFAULT);
        assertThat(counter.count()).isEqualTo(3);
    }
}
