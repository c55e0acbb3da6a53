package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.report.ReportModes;

/**
 * {@code benchmark report} on tiny data: the best plain SQL (two grouped queries) gives the report's six-mode figures
 * to the fen in every year of the generated data and outside it, and the command prints its ratio. Times are printed,
 * never asserted.
 */
class ReportBenchmarkCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"2015", "2016", "2020", "2024", "2025", "2026"})
    void theBestPlainSql_givesTheReportsFiguresToTheFen(int year) {
        try (AppContext context = AppContext.open(new DataFolder(tmp.resolve("data")), TestDatabase.CLOCK)) {
            context.reportBenchmarkData().generate(800, 2400);
            var best = context.reportBenchmarkData().bestSql(year);
            var old = context.reportBenchmarkData().sqlAggregate(year);
            var report = context.reports().figures(year);
            for (DealMode m : ReportModes.SIX) {
                assertThat(best.get(m)).as(m + " in " + year).isEqualTo(report.mode(m)).isEqualTo(old.get(m));
            }
            if (year >= 2016 && year <= 2025) {
                assertThat(report.all().contracts()).as("contracts signed in " + year).isPositive();
            }
        }
    }

    @Test
    void printsTheRatioToTheBestPlainSql_afterCheckingTheFigures() {
        CliRunner cli = new CliRunner();
        int code = cli.run("benchmark", "report", "--contracts", "400", "--receipts", "1200", "--year", "2020",
                "--runs", "1");

        assertThat(code).as(cli.out + "" + cli.err).isZero();
        assertThat(cli.out.toString()).contains("report (one year)", "best plain SQL", "one-statement SQL",
                "ratio report / best SQL", "grouped mode sums", "target: report < 2000 ms");
        assertThat(cli.err.toString()).doesNotContain("MISMATCH");
    }
}
