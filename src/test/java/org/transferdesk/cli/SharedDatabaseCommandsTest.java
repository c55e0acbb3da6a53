package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.TestDatabase.ServerDatabase;

/**
 * The command line on an office's shared PostgreSQL database (issue 21): {@code db init} sets up an empty database
 * once; an ordinary command refuses a database that is empty, another program's, or older than the app (until
 * {@code db upgrade}); {@code db copy} moves a data folder's records into an empty one and proves it; the file-only
 * commands say they do not apply. Runs in the PostgreSQL run only: it needs empty databases on the test server.
 */
@Tag(TestDatabase.TAG)
class SharedDatabaseCommandsTest {
    @TempDir
    Path tmp;

    private ServerDatabase server;

    @BeforeEach
    void emptyServerDatabase() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "needs the PostgreSQL test server");
        server = TestDatabase.emptyServerDatabase();
    }

    private CliRunner run(String... args) {
        return CliRunner.ran(Stream.concat(Stream.of("--data-dir", tmp.resolve("me").toString(), "--db",
                server.address(), "--db-user", server.user()), Arrays.stream(args)).toArray(String[]::new));
    }

    @Test
    void dbInit_setsUpAnEmptyDatabase_once() throws Exception {
        CliRunner init = run("db", "init");
        assertThat(init.exit).as(init.err.toString()).isZero();
        assertThat(init.out.toString()).contains("已在 postgresql://", "建立 TransferDesk", "结构版本 " + TestDatabase
                .latestVersion(), "首位管理员：" + server.user());
        assertThat(count("select count(*) from app_meta where meta_key = 'administrator' and meta_value = current_user"))
                .isEqualTo(1);

        CliRunner again = run("db", "init");
        assertThat(again.exit).isNotZero();
        assertThat(again.err.toString()).contains("已有 TransferDesk 台账", "只能建立一次");

        CliRunner info = run("info");
        assertThat(info.exit).as(info.err.toString()).isZero();
    }

    @Test
    void anOrdinaryCommand_onAnEmptyDatabase_saysItIsNotSetUp_andCreatesNothing() throws Exception {
        CliRunner info = run("info");

        assertThat(info.exit).isNotZero();
        assertThat(info.err.toString()).contains("共享数据库是空的", "db init");
        assertThat(tables()).isZero();
    }

    @Test
    void anotherProgramsDatabase_isLeftAlone() throws Exception {
        sql("create table invoices (id int primary key)");

        CliRunner init = run("db", "init");

        assertThat(init.exit).isNotZero();
        assertThat(init.err.toString()).contains("不是 TransferDesk 数据库", "1 张其他表");
        assertThat(tables()).isEqualTo(1);
    }

    @Test
    void anOlderSchema_isRefused_untilUpgraded() throws Exception {
        // the schema as the TransferDesk before the PostgreSQL-only scripts (V16 on) left it
        String older = "15";
        Flyway.configure().dataSource(server.jdbcUrl(), null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").target(older).load().migrate();

        CliRunner info = run("info");
        assertThat(info.exit).isNotZero();
        assertThat(info.err.toString()).contains("结构版本为 " + older, "需要版本 " + TestDatabase.latestVersion(),
                "未做任何修改");

        CliRunner upgrade = run("db", "upgrade");
        assertThat(upgrade.exit).as(upgrade.err.toString()).isZero();
        assertThat(upgrade.out.toString()).contains("结构版本为 " + TestDatabase.latestVersion());
        assertThat(run("info").exit).isZero();
    }

    @Test
    void dbCopy_movesADataFolder_andItsCopyAnswersAsTheOriginal() throws Exception {
        Path data = tmp.resolve("data");
        CliRunner demo = new CliRunner();
        assertThat(demo.run("--data-dir", data.toString(), "demo", "--people", "20", "--results", "30")).isZero();

        CliRunner copy = run("db", "copy", "--from", data.toString(), "--to", server.address());

        assertThat(copy.exit).as(copy.err.toString()).isZero();
        assertThat(copy.out.toString()).contains("已复制", "已核对", "台账导出", "年度报告");
        // independently of the copy's own proof: the commands answer the same on the copy as on the data folder
        CliRunner here = new CliRunner();
        assertThat(here.run("--data-dir", data.toString(), "report", "--year", "2025")).isZero();
        CliRunner there = run("report", "--year", "2025");
        assertThat(there.exit).isZero();
        // the figures, that is: the audit anchor names each database's own trail, where the copy's proof and the
        // reports were recorded by each side's login (issue 22)
        assertThat(withoutAnchor(there.out.toString())).isEqualTo(withoutAnchor(here.out.toString()))
                .contains("\"year\"");
        Path a = tmp.resolve("ledger-here");
        Path b = tmp.resolve("ledger-there");
        assertThat(new CliRunner().run("--data-dir", data.toString(), "export", "ledger", a.toString())).isZero();
        assertThat(run("export", "ledger", b.toString()).exit).isZero();
        try (var files = Files.list(a)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().equals("audit-anchor.properties")) {
                    continue; // each database's own trail, as above
                }
                assertThat(Files.mismatch(f, b.resolve(f.getFileName()))).as(f.getFileName().toString()).isEqualTo(-1);
            }
        }
        // a record added to the copy gets the id after the copied ones (the identities were moved on)
        long highest = count("select max(id) from person");
        assertThat(count("insert into person (staff_no, name) values ('NEW-0001', '新同事') returning id"))
                .isEqualTo(highest + 1);
    }

    @Test
    void dbCopy_bringsTheAttachedDocumentsIntoTheDatabase_andRefusesAChangedOne() throws Exception {
        Path data = tmp.resolve("data");
        assertThat(new CliRunner().run("--data-dir", data.toString(), "demo", "--people", "5", "--results", "5"))
                .isZero();
        Path scan = Files.writeString(tmp.resolve("签字版.pdf"), "%PDF-1.4 签字版");
        String stored;
        String contractNo;
        try (var here = org.transferdesk.bootstrap.AppContext.open(new org.transferdesk.bootstrap.DataFolder(data),
                TestDatabase.CLOCK)) {
            var first = here.deals().list().get(0);
            long dealId = first.id();
            contractNo = first.contractNo();
            stored = here.diligence().attach(dealId, org.transferdesk.deal.DiligenceItem.SIGNED_CONTRACT, scan)
                    .storedPath();
        }
        // changed after it was attached: the copy refuses before it writes anything
        Path inFolder = data.resolve(stored);
        Files.writeString(inFolder, "%PDF-1.4 改过");
        CliRunner refused = run("db", "copy", "--from", data.toString(), "--to", server.address());
        assertThat(refused.exit).isNotZero();
        assertThat(refused.err.toString()).contains("1 个附件缺失或已被改动", stored);
        assertThat(tables()).isZero();

        Files.writeString(inFolder, "%PDF-1.4 签字版");
        CliRunner copy = run("db", "copy", "--from", data.toString(), "--to", server.address());

        assertThat(copy.exit).as(copy.err.toString()).isZero();
        assertThat(copy.out.toString()).contains("按 SHA-256 逐一核对：1 个");
        assertThat(count("select count(*) from attachment_content")).isEqualTo(1);
        try (var there = org.transferdesk.bootstrap.AppContext.openShared(
                new org.transferdesk.bootstrap.DataFolder(tmp.resolve("colleague")),
                org.transferdesk.db.ServerAddress.parse(server.address(), server.user()), null,
                org.transferdesk.db.ServerSchemaGuard.OPEN, TestDatabase.CLOCK)) {
            long sameDeal = there.deals().list().stream().filter(d -> contractNo.equals(d.contractNo())).findFirst()
                    .orElseThrow().id();
            var attached = there.diligence().checklist(there.deals().find(sameDeal).orElseThrow()).stream()
                    .flatMap(e -> e.attachments().stream()).toList();
            assertThat(attached).hasSize(1);
            assertThat(Files.readString(there.diligence().resolve(attached.get(0)))).isEqualTo("%PDF-1.4 签字版");
        }
        // the office-side copy of the documents, from the server
        Path office = tmp.resolve("office-copy");
        CliRunner export = run("export", "attachments", "--out", office.toString());
        assertThat(export.exit).as(export.err.toString()).isZero();
        assertThat(export.out.toString()).contains("已写出 1 个附件");
        assertThat(Files.readString(office.resolve(stored))).isEqualTo("%PDF-1.4 签字版");
        assertThat(Files.readString(office.resolve("attachments.csv"))).contains(stored, "签字版.pdf");
        CliRunner again = run("export", "attachments", "--out", office.toString());
        assertThat(again.exit).isNotZero();
        assertThat(again.err.toString()).contains("不是空文件夹");
    }

    @Test
    void dbCopy_refusesADatabaseThatIsNotEmpty_andChangesNothing() throws Exception {
        Path data = tmp.resolve("data");
        assertThat(new CliRunner().run("--data-dir", data.toString(), "demo", "--people", "5", "--results", "5"))
                .isZero();
        assertThat(run("db", "init").exit).isZero();
        long before = count("select count(*) from person");

        CliRunner copy = run("db", "copy", "--from", data.toString(), "--to", server.address());

        assertThat(copy.exit).isNotZero();
        assertThat(copy.err.toString()).contains("已有 TransferDesk 台账");
        assertThat(count("select count(*) from person")).isEqualTo(before);
    }

    @Test
    void theFileCommands_sayTheyDoNotApplyToASharedDatabase() {
        CliRunner backup = run("backup");
        assertThat(backup.exit).isNotZero();
        assertThat(backup.err.toString()).contains("由其服务器备份", "export ledger");
        CliRunner compact = run("db", "compact");
        assertThat(compact.exit).isNotZero();
        assertThat(compact.err.toString()).contains("只适用于本机内置数据库文件");
        // the benchmarks of this PC's own database do not quietly measure H2 when asked for the server
        for (String benchmark : new String[] {"save", "import", "startup"}) {
            CliRunner b = run("benchmark", benchmark);
            assertThat(b.exit).as(benchmark).isNotZero();
            assertThat(b.err.toString()).as(benchmark).contains("只适用于本机内置数据库文件");
        }
    }

    private int tables() throws Exception {
        return (int) count("select count(*) from information_schema.tables where table_schema = 'public'");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String withoutAnchor(String reportJson) {
        return reportJson.replaceAll("(?m)^\\s*\"audit(Seq|Hash)\" : .*$\\R?", "");
    }
}
