package org.transferdesk.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.demo.DemoService;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportService;
import org.transferdesk.report.YearFigures;

/**
 * Issue 20: the home screen's charts read their earlier years as grouped sums and the years' reward lines
 * ({@link ReportService#chartFigures}), not as whole annual reports; those figures must equal the whole report's to
 * the fen (R-REPORT-COUNT) on the varied demo ledger (every mode, refunds, equity, cash and equity rewards,
 * development rewards under R-45-TECH, classified results under R-REPORT-WHO), every year, under the conventions
 * that move them.
 */
class YearFiguresAgreeTest {
    @TempDir
    Path tmp;

    private AppContext context;

    @BeforeEach
    void demo() throws java.io.IOException {
        context = new AppContext(new DataFolder(tmp.resolve("data")).create(),
                Database.openInMemory("year-figures-" + UUID.randomUUID()), TestDatabase.CLOCK);
        context.demo().fill(40, 120, DemoService.DEFAULT_SEED, ProgressSink.NONE);
        // a classified result on contracts of several years: R-REPORT-WHO leaves those contracts out of both
        context.database().dsl().execute("""
                UPDATE disclosure SET confidential = TRUE WHERE id IN (
                    SELECT MIN(disclosure_id) FROM deal_result GROUP BY MOD(deal_id, 4))""");
        // the demo pays cash only: two of its paid cash distributions become equity grants (R-45-2), counted in
        // the year granted
        context.database().dsl().execute("""
                UPDATE distribution SET kind = 'EQUITY' WHERE id IN (SELECT l.distribution_id FROM distribution_line l
                    JOIN distribution d ON d.id = l.distribution_id WHERE d.kind = 'CASH' AND l.paid_on IS NOT NULL
                    AND l.amount > 0 AND NOT l.waived GROUP BY l.distribution_id ORDER BY l.distribution_id DESC
                    LIMIT 2)""");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @ParameterizedTest
    @CsvSource({
            "SIGNED, SUBTRACT, ZERO, PAID, EXCLUDE", "REGISTERED, IGNORE, RECEIPTS, APPROVED, INCLUDE",
            "SIGNED, IGNORE, RECEIPTS, APPROVED, EXCLUDE", "REGISTERED, SUBTRACT, ZERO, PAID, INCLUDE"})
    void chartFigures_equalTheWholeReports_toTheFen_everyYear(String contractYear, String refunds, String equity,
                                                              String rewardYear, String tech) {
        context.office().set(ReportConventions.CONTRACT_YEAR, LocalDate.of(2000, 1, 1), contractYear);
        context.office().set(ReportConventions.REFUNDS, LocalDate.of(2000, 1, 1), refunds);
        context.office().set(ReportConventions.EQUITY_RECEIVED, LocalDate.of(2000, 1, 1), equity);
        context.office().set(ReportConventions.CASH_REWARD_YEAR, LocalDate.of(2000, 1, 1), rewardYear);
        context.office().set(ReportConventions.TECH_REWARDS, LocalDate.of(2000, 1, 1), tech);
        ReportService reports = context.reports();
        boolean cash = false;
        boolean equityRewards = false;
        for (int year = 2015; year <= 2026; year++) {
            YearFigures whole = YearFigures.of(reports.figures(year));
            assertThat(reports.chartFigures(year)).as("%d", year).isEqualTo(whole);
            cash |= whole.cashRewards().signum() > 0;
            equityRewards |= whole.equityRewards().signum() > 0;
        }
        assertThat(cash).as("the ledger pays cash rewards").isTrue();
        assertThat(equityRewards).as("the ledger grants equity rewards").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2022, 2026, 2025-11-22", "2021, 2025, 2024-12-31", "2024, 2025, 2024-06-30"})
    void yearsSoFar_chartsEveryYear_asTheWholeReports(int from, int to, LocalDate cutoff) {
        ReportService reports = context.reports();
        ReportService.YearsSoFar read = reports.yearsSoFar(from, to, cutoff);
        assertThat(read.years()).extracting(YearFigures::year)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(from, to).boxed().toList());
        for (YearFigures y : read.years()) {
            assertThat(y).as("%d", y.year()).isEqualTo(YearFigures.of(reports.figures(y.year())));
        }
        assertThat(read.current()).isEqualTo(reports.figures(to));
        assertThat(read.lastYear()).isEqualTo(reports.figures(to - 1));
    }
}
