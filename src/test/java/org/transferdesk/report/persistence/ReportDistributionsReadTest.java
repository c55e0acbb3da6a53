package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.ReportDistribution;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: the report's cash distributions (R-UNIT-SPLIT) are picked by year in SQL — approved in the years, or
 * first paid in them — so a ledger of twenty years of distributions sends the report only the years' rows.
 */
@Tag(TestDatabase.TAG)
class ReportDistributionsReadTest {

    /** Distribution 1 in the table: approved, first and second line paid, status, imported → read for 2024? */
    @ParameterizedTest(name = "approved {0}, paid {1} and {2}, {3}, imported {4}: read {5}")
    @CsvSource(nullValues = "-", value = {
            "2024-06-30, -,          -,          APPROVED, false, true",
            "2024-01-01, -,          -,          APPROVED, false, true",
            "2024-12-31, -,          -,          APPROVED, false, true",
            "2023-12-31, -,          -,          APPROVED, false, false",
            "2025-01-01, -,          -,          APPROVED, false, false",
            "-,          2024-01-01, -,          PAID,     false, true",
            "-,          2024-12-31, -,          PAID,     false, true",
            "-,          2023-12-31, -,          PAID,     false, false",
            "-,          2025-01-01, -,          PAID,     false, false",
            // first paid before the year: its second line in the year does not bring it in
            "-,          2023-12-31, 2024-03-01, PAID,     false, false",
            "-,          2024-03-01, 2023-12-31, PAID,     false, false",
            "-,          2024-03-01, 2025-02-01, PAID,     false, true",
            "2022-05-01, 2024-03-01, 2024-04-01, PAID,     false, true",
            "2024-05-01, 2025-03-01, -,          PAID,     false, true",
            "2024-05-01, 2024-06-01, -,          REVOKED,  false, false",
            "2024-05-01, 2024-06-01, -,          PAID,     true,  false",
    })
    void load_readsTheDistributionsOfTheYear(String approved, String paid1, String paid2, String status,
                                            boolean imported, boolean read) {
        try (Database db = TestDatabase.fresh()) {
            DSLContext dsl = db.dsl();
            long person = person(dsl);
            distribution(dsl, 1, "CASH", date(approved), status, imported, person, date(paid1), date(paid2));
            // a reward of another kind in the year never is
            distribution(dsl, 2, "PATENT_BONUS", LocalDate.of(2024, 6, 1), "PAID", false, person,
                    LocalDate.of(2024, 6, 2), null);

            List<ReportDistribution> found = load(dsl, 2024, 2024).distributions();

            assertThat(found).extracting(ReportDistribution::id).isEqualTo(read ? List.of(1L) : List.of());
            if (read) {
                LocalDate first = paid1 == null ? null
                        : paid2 == null || date(paid1).isBefore(date(paid2)) ? date(paid1) : date(paid2);
                assertThat(found.get(0).paidOn()).isEqualTo(first);
                assertThat(found.get(0).approvedOn()).isEqualTo(date(approved));
            }
        }
    }

    @Test
    void load_readsOnlyTheYearsRows_whateverTheDistributionsOfOtherYears() {
        int[] rows = new int[2];
        int[] read = new int[2];
        for (int i = 0; i < 2; i++) {
            try (Database db = TestDatabase.fresh()) {
                DSLContext dsl = db.dsl();
                long person = person(dsl);
                // ten years of distributions, 2015–2024: one approved and paid each month; ten times more in the
                // second database, the year's share the same
                long id = 1;
                for (int year = 2015; year <= 2024; year++) {
                    int perYear = year == 2022 ? 12 : 12 * (i == 0 ? 1 : 10);
                    for (int n = 0; n < perYear; n++) {
                        LocalDate day = LocalDate.of(year, 1 + n % 12, 1 + n / 12);
                        distribution(dsl, id++, "CASH", day, "PAID", false, person, day.plusDays(5), null);
                    }
                }
                RowCounter counter = new RowCounter();
                ReportData data = load(counter.on(dsl), 2022, 2022);
                rows[i] = counter.rows.get();
                read[i] = data.distributions().size();
            }
        }
        assertThat(read).as("the year's distributions").containsExactly(12, 12);
        assertThat(rows[1]).as("rows read with ten times the other years' distributions").isEqualTo(rows[0]);
    }

    private static ReportData load(DSLContext dsl, int from, int to) {
        return new ReportRepository(dsl).load(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), true, Map.of());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static long person(DSLContext dsl) {
        dsl.execute("insert into person (staff_no, name) values ('T001', '张三')");
        return dsl.fetchOne("select id from person where staff_no = 'T001'").get(0, Long.class);
    }

    private static void distribution(DSLContext dsl, long id, String kind, LocalDate approved, String status,
                                     boolean imported, long person, LocalDate paid1, LocalDate paid2) {
        dsl.execute("insert into distribution (id, kind, basis_date, policy_preset, key_minimum, gross, deducted, net, "
                + "rate, pool, university_part, status, imported, approved_on) values (?, ?, DATE '2020-01-01', "
                + "'NATIONAL', 0.5, 1000.00, 0, 1000.00, 0.7, 700.00, 300.00, ?, ?, ?)",
                id, kind, status, imported, approved);
        dsl.execute("insert into distribution_line (distribution_id, position, person_id, share, amount, paid_on) "
                + "values (?, 0, ?, 0.5, 350.00, ?)", id, person, paid1);
        dsl.execute("insert into distribution_line (distribution_id, position, person_id, share, amount, paid_on) "
                + "values (?, 1, ?, 0.5, 350.00, ?)", id, person, paid2);
    }

    /** Counts the rows every statement sends back. */
    private static final class RowCounter implements ExecuteListener {
        final AtomicInteger rows = new AtomicInteger();

        DSLContext on(DSLContext dsl) {
            return dsl.configuration().deriveAppending(this).dsl();
        }

        @Override
        public void recordEnd(ExecuteContext ctx) {
            rows.incrementAndGet();
        }
    }
}
