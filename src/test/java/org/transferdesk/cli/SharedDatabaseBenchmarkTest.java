package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.TestDatabase.ServerDatabase;

/**
 * {@code benchmark --db} and {@code benchmark report --db} (issue 21) on tiny data: generated into an empty database
 * on the PostgreSQL test server, measured there (the list in fresh JVMs that reach the same database), then the same
 * on H2 in the same run, with the ratios. The lines and the figures are checked, never a duration. Runs in the
 * PostgreSQL run only: it needs empty databases on the test server.
 */
@Tag(TestDatabase.TAG)
class SharedDatabaseBenchmarkTest {
    private ServerDatabase server;

    @BeforeEach
    void emptyServerDatabase() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "needs the PostgreSQL test server");
        server = TestDatabase.emptyServerDatabase();
    }

    private CliRunner run(String... args) {
        return CliRunner.ran(Stream.concat(Arrays.stream(args),
                Stream.of("--db", server.address(), "--db-user", server.user(), "--lang", "en")).toArray(String[]::new));
    }

    @Test
    void theList_isMeasuredOnTheServer_inFreshJvms_andOnH2InTheSameRun() throws Exception {
        CliRunner cli = run("benchmark", "--results", "200", "--people", "30");

        assertThat(cli.exit).as(cli.out + "" + cli.err).isZero();
        String out = cli.out.toString();
        // the lines scripts read, as without --db, now the server's; H2's apart under its label
        assertThat(out).contains("database: " + server.address(), "generate + write", "service: first chunk",
                "list: first rows", "list: all 200 rows", "filter as you type", "filter, sorted by title",
                "ratio first rows / service's first chunk", "targets: first rows < 1000 ms",
                "[H2] generate + write", "[H2] service: first chunk", "[H2] list: first rows", "[H2] list: all 200 rows",
                "[H2] targets: first rows < 1000 ms",
                "PostgreSQL / H2: list: first rows", "PostgreSQL / H2: service: first chunk",
                "PostgreSQL / H2: filter worst, sorted", "the generated data stays in " + server.address())
                .doesNotContain("=firstRows=", "=allRows=", "=unsortedMax=");
        assertThat(out.indexOf("  list: first rows")).as("the server's lines come first")
                .isLessThan(out.indexOf("[H2] list: first rows"));
        assertThat(count("select count(*) from disclosure")).as("the results stay on the server").isEqualTo(200);

        CliRunner again = run("benchmark", "--results", "200", "--people", "30");
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err.toString()).contains("already holds a TransferDesk ledger");
        assertThat(count("select count(*) from disclosure")).as("nothing added").isEqualTo(200);
    }

    @Test
    void theReport_isMeasuredOnTheServer_andAgreesWithH2ToTheFen() throws Exception {
        CliRunner cli = run("benchmark", "report", "--contracts", "300", "--receipts", "900", "--year", "2020",
                "--runs", "1");

        assertThat(cli.exit).as(cli.out + "" + cli.err).isZero();
        String out = cli.out.toString();
        assertThat(out).contains("database: " + server.address(), "report (one year)", "best plain SQL",
                "ratio report / best SQL", "target: report < 2000 ms", "[H2] report (one year)", "[H2] best plain SQL",
                "PostgreSQL and H2 agree to the fen", "PostgreSQL / H2: report (one year)",
                "PostgreSQL / H2: best plain SQL", "target on PostgreSQL: report < 3000 ms");
        assertThat(cli.err.toString()).doesNotContain("MISMATCH");
        Matcher figures = Pattern.compile("report \\(one year\\).*\\(median of 1; ([\\d,]+ contracts, [\\d.]+ yuan"
                + " received)\\)").matcher(out);
        assertThat(figures.find()).as(out).isTrue();
        String onServer = figures.group(1);
        assertThat(figures.find()).as(out).isTrue();
        assertThat(figures.group(1)).as("H2's figures").isEqualTo(onServer);
        assertThat(count("select count(*) from deal")).as("the contracts stay on the server").isEqualTo(300);

        CliRunner again = run("benchmark", "report", "--contracts", "300", "--receipts", "900", "--runs", "1");
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err.toString()).contains("already holds a TransferDesk ledger");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
