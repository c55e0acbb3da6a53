package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.report.ReportContract;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.ReportRewardLine;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the report's reward lines are read as two statements joined by UNION (lines paid in the years; lines of
 * distributions approved in them) instead of one {@code paid_on OR approved_on}: the same lines, each once, in line id
 * order, live distributions only — and their contract comes in with them, as before.
 */
@Tag(TestDatabase.TAG)
class ReportRewardLinesReadTest {

    /** A distribution of a contract the year does not otherwise touch, its two lines; what the 2024 report reads. */
    @ParameterizedTest(name = "approved {0}, paid {1} and {2}, {3}: lines {4}")
    @CsvSource(nullValues = "-", value = {
            "2024-01-01, -,          -,          APPROVED, 0 1",
            "2024-12-31, -,          -,          APPROVED, 0 1",
            "2023-12-31, -,          -,          APPROVED, -",
            "2025-01-01, -,          -,          APPROVED, -",
            "-,          2024-01-01, -,          PAID,     0",
            "-,          2024-12-31, 2025-01-01, PAID,     0",
            "2023-06-01, 2023-12-31, 2024-01-01, PAID,     1",
            "2023-06-01, 2024-02-01, 2024-03-01, PAID,     0 1",
            // approved and paid in the year: each line once
            "2024-06-01, 2024-07-01, 2024-08-01, PAID,     0 1",
            "2024-06-01, 2024-07-01, -,          PAID,     0 1",
            "2023-06-01, 2023-07-01, 2025-01-01, PAID,     -",
            "2024-06-01, 2024-07-01, 2024-08-01, REVOKED,  -",
    })
    void load_readsTheLinesPaidOrApprovedInTheYear_onceEach(String approved, String paid1, String paid2, String status,
                                                            String positions) {
        try (Database db = TestDatabase.fresh()) {
            DSLContext dsl = db.dsl();
            new ReportBenchmarkData(dsl).generate(40, 120);
            long deal = dsl.fetchOne("""
                    SELECT MIN(id) FROM deal d WHERE NOT (signed_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31')
                      AND (registered_on IS NULL OR NOT registered_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31')
                      AND NOT EXISTS (SELECT 1 FROM receipt r WHERE r.deal_id = d.id
                                      AND r.received_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31')""")
                    .get(0, Long.class);
            dsl.execute("insert into person (staff_no, name) values ('T001', '张三')");
            long person = dsl.fetchOne("select id from person where staff_no = 'T001'").get(0, Long.class);
            dsl.execute("insert into distribution (id, deal_id, kind, basis_date, policy_preset, key_minimum, gross, "
                    + "deducted, net, rate, pool, university_part, status, imported, approved_on) values (7, ?, 'CASH', "
                    + "DATE '2020-01-01', 'NATIONAL', 0.5, 1000.00, 0, 1000.00, 0.7, 700.00, 300.00, ?, false, ?)",
                    deal, status, date(approved));
            long[] lines = new long[2];
            for (int position = 1; position >= 0; position--) {
                // the second line first, so that line id order is not insertion order of the positions
                dsl.execute("insert into distribution_line (distribution_id, position, person_id, share, amount, "
                        + "paid_on) values (7, ?, ?, 0.5, 350.00, ?)", position, person,
                        date(position == 0 ? paid1 : paid2));
                lines[position] = dsl.fetchOne("select max(id) from distribution_line").get(0, Long.class);
            }
            List<Long> expected = positions == null ? List.of()
                    : java.util.Arrays.stream(positions.split(" ")).map(p -> lines[Integer.parseInt(p)]).sorted()
                            .toList();

            ReportData data = new ReportRepository(dsl)
                    .load(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true, Map.of());

            assertThat(data.rewardLines()).extracting(ReportRewardLine::id).as("line ids, in order")
                    .containsExactlyElementsOf(expected);
            assertThat(data.rewardLines()).allSatisfy(l -> {
                assertThat(l.contractId()).isEqualTo(deal);
                assertThat(l.distributionId()).isEqualTo(7L);
                assertThat(l.approvedOn()).isEqualTo(date(approved));
            });
            assertThat(data.contracts().stream().map(ReportContract::id).anyMatch(id -> id == deal))
                    .as("the contract read for its reward").isEqualTo(!expected.isEmpty());
        }
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
