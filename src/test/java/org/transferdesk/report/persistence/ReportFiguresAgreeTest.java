package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealParty;
import org.transferdesk.demo.DemoService;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.ProjectRow;
import org.transferdesk.report.ReportContract;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.Tally;
import org.transferdesk.report.TraceLine;

/**
 * Issue 20: the report's contracts are read by column position (not jOOQ's search by field), and its figures must
 * stay equal to the fen to the records behind them (R-REPORT-TRACE) and to the contracts as stored, on the varied
 * demo ledger (every mode, counterparties, equity companies, refunds) over several years.
 */
class ReportFiguresAgreeTest {
    @TempDir
    static Path tmp;

    private static AppContext context;

    @BeforeAll
    static void demo() throws java.io.IOException {
        context = new AppContext(new DataFolder(tmp.resolve("data")).create(),
                Database.openInMemory("report-agree-" + UUID.randomUUID()), TestDatabase.CLOCK);
        context.demo().fill(40, 120, DemoService.DEFAULT_SEED, ProgressSink.NONE);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @ParameterizedTest
    @CsvSource({"2019", "2021", "2023", "2024", "2025", "2026"})
    void eachModesFigures_equalTheRecordsBehindThem_toTheFen(int year) {
        AnnualReport r = context.reports().figures(year);
        for (DealMode m : ReportModes.SIX) {
            Tally t = r.mode(m);
            String base = "modes." + m.name();
            assertThat(r.traceOf(base + ".contracts")).as("%d %s contracts", year, m).hasSize(t.contracts());
            assertThat(sum(r.traceOf(base + ".contractAmount"))).as("%d %s amount", year, m)
                    .isEqualByComparingTo(t.contractAmount());
            assertThat(sum(r.traceOf(base + ".received"))).as("%d %s received", year, m).isEqualByComparingTo(t.received());
            assertThat(r.projects().stream().filter(p -> p.mode() == m).map(ProjectRow::receivedInYear)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)).as("%d %s project list", year, m)
                    .isEqualByComparingTo(t.received());
        }
        assertThat(r.all().contracts()).as("%d all", year)
                .isEqualTo(r.projects().stream().filter(ProjectRow::countedInYear).count());
    }

    @ParameterizedTest
    @CsvSource({"2019, 2025, true", "2023, 2023, false", "2025, 2026, false"})
    void contractsRead_areTheStoredContracts_inIdOrder_withTheirCounterparties(int from, int to, boolean equity) {
        ReportData data = new ReportRepository(context.database().dsl())
                .load(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), true, Map.of());
        assertThat(data.contracts()).as("contracts in %d-%d", from, to).isNotEmpty();
        assertThat(data.contracts()).extracting(ReportContract::id).isSorted().doesNotHaveDuplicates();
        assertThat(data.parties()).extracting(DealParty::dealId).isSorted()
                .isSubsetOf(data.contracts().stream().map(ReportContract::id).toList());
        assertThat(data.contracts().stream().anyMatch(c -> c.companyId() != null && c.companyName() != null
                && c.companyOrigin() != null)).as("an equity company in %d-%d", from, to).isEqualTo(equity);
        for (ReportContract c : data.contracts()) {
            Record d = context.database().dsl().fetchOne("""
                    SELECT d.contract_no, d.title, d.mode, d.contract_amount, d.signed_on, d.registration_no,
                           p.name, p.credit_code, e.university_share, e.company_id
                    FROM deal d LEFT JOIN counterparty p ON p.id = d.counterparty_id
                    LEFT JOIN deal_equity e ON e.deal_id = d.id WHERE d.id = ?""", c.id());
            assertThat(List.of(c.contractNo(), c.title(), c.mode().name(), c.amount(), String.valueOf(c.signedOn()),
                    String.valueOf(c.registrationNo()), String.valueOf(c.counterparty()), String.valueOf(c.creditCode()),
                    String.valueOf(c.equityShare()), String.valueOf(c.companyId())))
                    .as("contract %s", c.contractNo())
                    .containsExactly(d.get(0, String.class), d.get(1, String.class), d.get(2, String.class),
                            d.get(3, BigDecimal.class), String.valueOf(d.get(4, LocalDate.class)),
                            String.valueOf(d.get(5, String.class)), String.valueOf(d.get(6, String.class)),
                            String.valueOf(d.get(7, String.class)), String.valueOf(d.get(8, BigDecimal.class)),
                            String.valueOf(d.get(9, Long.class)));
        }
        for (DealParty p : data.parties()) {
            ReportContract c = data.contracts().stream().filter(k -> k.id() == p.dealId()).findFirst().orElseThrow();
            assertThat(p.counterpartyName()).isEqualTo(c.counterparty());
        }
    }

    /**
     * The contracts' ids go to the database as arrays of at most {@link ReportRepository#ARRAY_CHUNK} (H2 refuses
     * more than 65,536 elements in one): read in parts of 3, 7 or 13, the records are the same as in one part.
     */
    @ParameterizedTest
    @CsvSource({"7, 2019, 2025", "3, 2023, 2023", "13, 2021, 2026"})
    void contractsRead_inParts_areTheSameAsInOne(int part, int from, int to) {
        LocalDate first = LocalDate.of(from, 1, 1);
        LocalDate last = LocalDate.of(to, 12, 31);
        ReportData whole = new ReportRepository(context.database().dsl()).load(first, last, true, Map.of());
        ReportData parts = new ReportRepository(context.database().dsl(), part).load(first, last, true, Map.of());
        assertThat(whole.contracts()).as("more contracts than one part").hasSizeGreaterThan(part);
        assertThat(parts.contracts()).isEqualTo(whole.contracts());
        assertThat(parts.parties()).isEqualTo(whole.parties());
        assertThat(ReportRepository.ARRAY_CHUNK).isLessThanOrEqualTo(65_536);
    }

    private static BigDecimal sum(List<TraceLine> lines) {
        return lines.stream().map(TraceLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
