package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.report.ReportContract;
import org.transferdesk.report.ReportData;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the report reads the contracts a span of years touches by joining a derived table of their ids, so its
 * statements do not grow with the ledger, and it reads the same contracts (with the same earlier receipts) that the
 * plain SQL names: signed or registered in the years, or with money received in them.
 */
@Tag(TestDatabase.TAG)
class ReportRepositoryReadsTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024", "2020, 2024", "2016, 2016"})
    void load_costsTheSameStatements_atTenTimesTheContracts(int from, int to) {
        int[] counts = new int[2];
        int[] read = new int[2];
        int[][] sizes = {{200, 600}, {2000, 6000}};
        for (int i = 0; i < 2; i++) {
            try (Database db = TestDatabase.fresh()) {
                new ReportBenchmarkData(db.dsl()).generate(sizes[i][0], sizes[i][1]);
                StatementCounter counter = new StatementCounter();
                ReportData data = new ReportRepository(counter.on(db.dsl()))
                        .load(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), true, Map.of());
                counts[i] = counter.count();
                read[i] = data.contracts().size();
            }
        }
        assertThat(read[1]).as("ten times the data reads more contracts").isGreaterThan(5 * read[0]);
        assertThat(counts[1]).as("statements at 10x the contracts").isEqualTo(counts[0]);
    }

    @ParameterizedTest
    @CsvSource({"2015", "2016", "2019", "2024", "2025", "2026"})
    void load_readsTheContractsTheYearTouches_withTheirEarlierReceipts(int year) {
        try (Database db = TestDatabase.fresh()) {
            new ReportBenchmarkData(db.dsl()).generate(600, 1800);
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            ReportData data = new ReportRepository(db.dsl()).load(from, to, true, Map.of());

            Set<Long> expected = new HashSet<>(db.dsl().fetch("""
                    SELECT id FROM deal WHERE signed_on BETWEEN ? AND ? OR registered_on BETWEEN ? AND ?
                    UNION SELECT deal_id FROM receipt WHERE received_on BETWEEN ? AND ?""",
                    from, to, from, to, from, to).getValues(0, Long.class));
            Map<Long, BigDecimal> before = new HashMap<>();
            db.dsl().fetch("SELECT deal_id, SUM(amount) FROM receipt WHERE received_on < ? GROUP BY deal_id", from)
                    .forEach(r -> before.put(r.get(0, Long.class), r.get(1, BigDecimal.class)));
            List<Long> ids = data.contracts().stream().map(ReportContract::id).toList();

            assertThat(ids).as("each contract once, in id order").isSorted().doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            for (ReportContract c : data.contracts()) {
                assertThat(c.receivedBefore()).as("received before %s on %s", from, c.contractNo())
                        .isEqualByComparingTo(before.getOrDefault(c.id(), BigDecimal.ZERO));
            }
            if (year >= 2016 && year <= 2025) {
                assertThat(ids).as("contracts in " + year).isNotEmpty();
                assertThat(data.contracts()).as("some with money before " + year + " (not in 2016, the first year)")
                        .anyMatch(c -> c.receivedBefore().signum() != 0 || year == 2016);
            }
        }
    }
}
