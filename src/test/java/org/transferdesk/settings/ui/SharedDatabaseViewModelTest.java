package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.db.Database.ServerState;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.settings.ui.SharedDatabaseViewModel.Outcome;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/**
 * Settings → 共享数据库 (issue 21) without the toolkit: what 测试连接 says for each state a server can be in, that
 * only a tested address is remembered and never the password, and (in the PostgreSQL run) the real probe against
 * the test server: empty, set up, another program's.
 */
@Tag(TestDatabase.TAG)
class SharedDatabaseViewModelTest {
    @TempDir
    Path tmp;

    private final List<ServerAddress> probed = new ArrayList<>();
    private final List<String> passwords = new ArrayList<>();

    private SharedDatabaseViewModel vm(UserSettings settings, ServerState answer) {
        return new SharedDatabaseViewModel(settings, (server, password) -> {
            probed.add(server);
            passwords.add(password);
            return answer;
        }, new CurrentThreadTaskExecutor());
    }

    private UserSettings settings() {
        return new UserSettings(tmp.resolve("settings.properties"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "READY         | OK      | 连接成功：TransferDesk 数据库，结构版本 16",
        "NEEDS_UPGRADE | OK      | 下次启动时会请您确认升级",
        "EMPTY         | PROBLEM | 共享数据库是空的",
        "FOREIGN       | PROBLEM | 不是 TransferDesk 数据库",
        "TOO_NEW       | PROBLEM | 请先安装新版 TransferDesk",
    })
    void test_saysWhatTheServerHolds(ServerState.Kind kind, Outcome outcome, String says) {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        SharedDatabaseViewModel vm = vm(settings(), new ServerState(kind, "16", "17"));
        vm.fields().host().set(" db.example.edu.cn ");
        vm.fields().user().set("clerk");
        vm.fields().password().set("s3cret");

        vm.test();

        assertThat(vm.outcomeProperty().get()).isEqualTo(outcome);
        assertThat(vm.messageProperty().get()).contains(says);
        assertThat(probed).containsExactly(new ServerAddress("db.example.edu.cn", 5432, "transferdesk", "clerk", true));
        assertThat(passwords).containsExactly("s3cret");
    }

    @Test
    void aConnectionThatFails_isExplained_andNothingIsSaved() {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UserSettings settings = settings();
        SharedDatabaseViewModel vm = new SharedDatabaseViewModel(settings, (server, password) -> {
            throw new UserFacingException("error.server.login");
        }, new CurrentThreadTaskExecutor());
        vm.fields().host().set("db");

        vm.test();

        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.PROBLEM);
        assertThat(vm.messageProperty().get()).contains("用户名或密码错误");
        assertThat(vm.save()).isFalse();
        assertThat(new UserSettings(tmp.resolve("settings.properties")).sharedDatabase()).isEmpty();
    }

    @Test
    void wrongFields_areRefusedBeforeConnecting() {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        SharedDatabaseViewModel vm = vm(settings(), new ServerState(ServerState.Kind.READY, "16", "16"));
        vm.fields().host().set("db");
        vm.fields().port().set("54 32");

        vm.test();

        assertThat(vm.messageProperty().get()).contains("不是有效的端口号");
        vm.fields().port().set("5432");
        vm.fields().database().set("td;drop");
        vm.test();
        assertThat(vm.messageProperty().get()).contains("不是有效的数据库名");
        assertThat(probed).isEmpty();
    }

    @Test
    void onlyATestedAddressIsSaved_withoutThePassword_andAChangedFieldNeedsANewTest() throws Exception {
        UserSettings settings = settings();
        SharedDatabaseViewModel vm = vm(settings, new ServerState(ServerState.Kind.READY, "16", "16"));
        vm.fields().host().set("10.0.0.5");
        vm.fields().port().set("6543");
        vm.fields().user().set("wang");
        vm.fields().password().set("s3cret");
        assertThat(vm.save()).as("not tested yet").isFalse();

        vm.test();
        vm.fields().port().set("6544");
        assertThat(vm.save()).as("changed since the test").isFalse();
        vm.test();
        assertThat(vm.save()).isTrue();

        assertThat(vm.isDirty()).isFalse();
        assertThat(new UserSettings(tmp.resolve("settings.properties")).sharedDatabase())
                .contains(new ServerAddress("10.0.0.5", 6544, "transferdesk", "wang", true));
        assertThat(java.nio.file.Files.readString(tmp.resolve("settings.properties"))).doesNotContain("s3cret");

        vm.useLocal();
        assertThat(new UserSettings(tmp.resolve("settings.properties")).sharedDatabase()).isEmpty();
        assertThat(vm.sharedProperty().get()).isFalse();
    }

    @Test
    void anEmptyDatabase_canTakeThisPcsRecords_andIsSavedOnceTheyAreCopied() {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UserSettings settings = settings();
        List<ServerAddress> copiedTo = new ArrayList<>();
        SharedDatabaseViewModel vm = vm(settings, new ServerState(ServerState.Kind.EMPTY, "0", "18"))
                .copyingWith((server, password, progress) -> {
                    copiedTo.add(server);
                    return "已复制并核对：15,086 行记录";
                });
        vm.fields().host().set("db");
        vm.copyHere();
        assertThat(copiedTo).as("not before a test found the database empty").isEmpty();

        vm.test();
        assertThat(vm.canCopyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("该数据库是空的", "迁入");
        assertThat(vm.save()).as("nothing to work on yet").isFalse();
        vm.copyHere();

        assertThat(copiedTo).containsExactly(new ServerAddress("db", 5432, "transferdesk", null, true));
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.OK);
        assertThat(vm.messageProperty().get()).contains("已复制并核对", "请保存");
        assertThat(vm.canCopyProperty().get()).as("once").isFalse();
        assertThat(vm.save()).isTrue();
    }

    @Test
    void anEmptyDatabase_withoutACopier_isAProblem() {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        SharedDatabaseViewModel vm = vm(settings(), new ServerState(ServerState.Kind.EMPTY, "0", "18"));
        vm.fields().host().set("db");
        vm.test();
        assertThat(vm.canCopyProperty().get()).isFalse();
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.PROBLEM);
    }

    @Test
    void theRealProbe_onTheTestServer_tellsEmptySetUpAndForeign() throws Exception {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "needs the PostgreSQL test server");
        TestDatabase.ServerDatabase empty = TestDatabase.emptyServerDatabase();
        ServerAddress address = ServerAddress.parse(empty.address(), empty.user());

        assertThat(Database.probeServer(address, null).kind()).isEqualTo(ServerState.Kind.EMPTY);
        Database.openServer(address, null, org.transferdesk.db.ServerSchemaGuard.INIT).close();
        ServerState ready = Database.probeServer(address, null);
        assertThat(ready.kind()).isEqualTo(ServerState.Kind.READY);
        assertThat(ready.version()).isEqualTo(TestDatabase.latestVersion());

        TestDatabase.ServerDatabase other = TestDatabase.emptyServerDatabase();
        try (var c = java.sql.DriverManager.getConnection(other.jdbcUrl()); var s = c.createStatement()) {
            s.execute("create table invoices (id int)");
        }
        assertThat(Database.probeServer(ServerAddress.parse(other.address(), other.user()), null).kind())
                .isEqualTo(ServerState.Kind.FOREIGN);
        // the probe changed nothing: still only the one table
        try (var c = java.sql.DriverManager.getConnection(other.jdbcUrl()); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void theRealProbe_tellsAnOlderSchemaAndANewerOne() throws Exception {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "needs the PostgreSQL test server");
        TestDatabase.ServerDatabase db = TestDatabase.emptyServerDatabase();
        ServerAddress address = ServerAddress.parse(db.address(), db.user());
        // as the TransferDesk before the PostgreSQL-only scripts (V16 on) left it
        org.flywaydb.core.Flyway.configure().dataSource(db.jdbcUrl(), null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").target("15").load().migrate();

        ServerState older = Database.probeServer(address, null);
        assertThat(older.kind()).isEqualTo(ServerState.Kind.NEEDS_UPGRADE);
        assertThat(older.newest()).isEqualTo(TestDatabase.latestVersion());

        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl()); var s = c.createStatement()) {
            s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) values (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', 0, true)");
        }
        assertThat(Database.probeServer(address, null).kind()).isEqualTo(ServerState.Kind.TOO_NEW);
    }
}
