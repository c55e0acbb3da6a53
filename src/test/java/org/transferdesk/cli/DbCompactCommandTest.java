package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.benchmark.GeneratedLedger;
import org.transferdesk.db.Database;

/** Issue 20: the file shrinks back to its data after an import and on {@code db compact}; never under another user. */
class DbCompactCommandTest {
    private static final String OPTIONS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path tmp;

    @Test
    void import_ofAGeneratedLedger_leavesAFileWithinTwiceItsCompactedSize() throws Exception {
        Path ledger = tmp.resolve("ledger.xlsx");
        GeneratedLedger.generate(1500, TestDatabase.CLOCK.instant().atZone(TestDatabase.CLOCK.getZone()).toLocalDate(), 7)
                .writeXlsx(ledger);
        Path data = tmp.resolve("data");
        CliRunner cli = new CliRunner();

        assertThat(cli.run("import", "--data-dir", data.toString(), "--lang", "en", ledger.toString()))
                .as(cli.err.toString()).isZero();

        assertThat(cli.out.toString()).contains("Compacting the database…", "Database compacted:");
        long live = Files.size(data.resolve("transferdesk.mv.db"));
        assertThat(live).isLessThanOrEqualTo(2 * compactedCopySize(data));
    }

    @Test
    void dbCompact_shrinksABloatedDatabase_andKeepsEveryRow() throws Exception {
        Path data = tmp.resolve("data");
        Bloated bloated = bloated(data);
        CliRunner cli = new CliRunner();

        assertThat(cli.run("db", "compact", "--data-dir", data.toString(), "--lang", "en")).as(cli.err.toString()).isZero();

        long compacted = Files.size(data.resolve("transferdesk.mv.db"));
        assertThat(compacted * 2).as("bloated %d, compacted %d", bloated.size(), compacted).isLessThan(bloated.size());
        assertThat(cli.out.toString()).contains("Database compacted:", " MB → ");
        List<String> after = dump(data);
        assertThat(after.remove("app_meta|compactedOn|2026-11-22")).as("the day is recorded for Settings").isTrue();
        assertThat(after).isEqualTo(bloated.rows());
    }

    /** Held by this process's pool (the desktop app) or by a plain connection through the auto-server URL. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"pool, en, is open in TransferDesk or in another command", "connection, zh, 数据库正在 TransferDesk 或另一条命令中打开"})
    void dbCompact_refusesWhileAnotherConnectionHoldsTheDatabase(String holder, String lang, String message)
            throws Exception {
        Path data = tmp.resolve("data");
        CliRunner demo = new CliRunner();
        assertThat(demo.run("demo", "--data-dir", data.toString(), "--results", "3", "--people", "3")).isZero();
        List<String> before = dump(data);
        AutoCloseable held = "pool".equals(holder) ? Database.openFile(data.resolve("transferdesk"))
                : DriverManager.getConnection("jdbc:h2:file:" + data.resolve("transferdesk").toAbsolutePath() + OPTIONS
                + ";AUTO_SERVER=TRUE", "sa", org.transferdesk.db.TestKeys.password(data.resolve("transferdesk")));
        CliRunner cli = new CliRunner();
        int exit;
        try (held) {
            exit = cli.run("db", "compact", "--data-dir", data.toString(), "--lang", lang);
        }

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err.toString()).contains(message);
        assertThat(cli.out.toString()).doesNotContain("MB →");
        assertThat(dump(data)).isEqualTo(before).noneMatch(line -> line.startsWith("app_meta|compactedOn"));
    }

    @Test
    void backup_ofABloatedDatabase_isAboutTheCompactedSize_andRestoresTheSameRows() throws Exception {
        Path data = tmp.resolve("data");
        Bloated bloated = bloated(data);
        long compacted = compactedCopySize(data);
        CliRunner backup = new CliRunner();
        assertThat(backup.run("backup", "--data-dir", data.toString())).as(backup.err.toString()).isZero();
        Path file;
        try (var files = Files.list(data.resolve("backups"))) {
            file = files.filter(p -> p.toString().endsWith(".tdbackup")).findFirst().orElseThrow();
        }

        assertThat(Files.size(file)).as("backup of a %d-byte file compacting to %d", bloated.size(), compacted)
                .isLessThanOrEqualTo(compacted).isLessThan(bloated.size() / 2);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("transferdesk").toAbsolutePath()
                + OPTIONS + ";AUTO_SERVER=FALSE", "sa", org.transferdesk.db.TestKeys.password(data.resolve("transferdesk"))); Statement s = c.createStatement()) {
            s.execute("delete from bloat");
        }
        CliRunner restore = new CliRunner();
        assertThat(restore.run("restore", "--data-dir", data.toString(), file.toString())).as(restore.err.toString())
                .isZero();
        assertThat(dump(data)).isEqualTo(bloated.rows());
    }

    @Test
    void dbCompact_withoutADatabase_saysSo() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("db", "compact", "--data-dir", tmp.toString(), "--lang", "en")).isZero();
        assertThat(cli.out.toString()).contains("no database").doesNotContain("MB →");
        assertThat(Files.exists(tmp.resolve("transferdesk.mv.db"))).isFalse();
    }

    @Test
    void megabytes_roundHalfUpToOneDecimal() {
        assertThat(DbCompactCommand.megabytes(0)).isEqualTo("0.0");
        assertThat(DbCompactCommand.megabytes(1024 * 1024 + 52429)).isEqualTo("1.1");
        assertThat(DbCompactCommand.megabytes(1024 * 1024 + 52428)).isEqualTo("1.0");
    }

    /** What a bloated data folder held when it was made: every row ({@link #dump}) and its file's size. */
    private record Bloated(List<String> rows, long size) {
    }

    /** A demo database whose file is many times its data: rows rewritten in many small commits. */
    private static Bloated bloated(Path data) throws Exception {
        CliRunner demo = new CliRunner();
        assertThat(demo.run("demo", "--data-dir", data.toString(), "--results", "5", "--people", "5")).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("transferdesk").toAbsolutePath()
                + OPTIONS + ";AUTO_SERVER=FALSE;MAX_COMPACT_TIME=0", "sa", org.transferdesk.db.TestKeys.password(data.resolve("transferdesk")));
             Statement s = c.createStatement()) {
            s.execute("create table bloat(id int primary key, v varchar(200))");
            s.execute("insert into bloat select r.*, repeat('x', 150) from system_range(1, 3000) r");
            for (int i = 0; i < 60; i++) {
                s.execute("update bloat set v = repeat('" + (char) ('a' + i % 26) + "', 150)");
            }
        }
        return new Bloated(dump(data), Files.size(data.resolve("transferdesk.mv.db")));
    }

    /** Every row of every table, in a fixed order. */
    static List<String> dump(Path data) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("transferdesk").toAbsolutePath()
                + OPTIONS + ";AUTO_SERVER=FALSE;IFEXISTS=TRUE", "sa", org.transferdesk.db.TestKeys.password(data.resolve("transferdesk")));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                    + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(table);
                        for (int i = 1; i <= n; i++) {
                            line.append('|').append(rs.getString(i));
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                rows.addAll(lines);
            }
        }
        return rows;
    }

    /** The size a SHUTDOWN COMPACT gives a copy of the database. */
    private static long compactedCopySize(Path data) throws Exception {
        Path copy = Files.createDirectories(data.resolveSibling("copy"));
        Files.copy(data.resolve("transferdesk.mv.db"), copy.resolve("transferdesk.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("transferdesk").toAbsolutePath()
                + OPTIONS + ";AUTO_SERVER=FALSE;IFEXISTS=TRUE", "sa", org.transferdesk.db.TestKeys.password(data.resolve("transferdesk")));
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return Files.size(copy.resolve("transferdesk.mv.db"));
    }
}
