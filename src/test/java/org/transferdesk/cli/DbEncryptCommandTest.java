package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.db.H2Key;
import org.transferdesk.db.TestKeys;

/** Issue 22: {@code db encrypt} / {@code db decrypt}, and every command then needing the file password. */
class DbEncryptCommandTest {
    private static final String OPTIONS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
    private static final String PASSWORD = "office-laptop-22";

    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        DataDirOption.environment = System::getenv;
    }

    private static void password(String value) {
        DataDirOption.environment = name -> DataDirOption.FILE_PASSWORD_ENV.equals(name) ? value : System.getenv(name);
    }

    @Test
    void dbEncrypt_makesTheFileUnreadableWithoutThePassword_andCommandsAskForIt() throws Exception {
        Path data = tmp.resolve("data");
        CliRunner demo = new CliRunner();
        assertThat(demo.run("demo", "--data-dir", data.toString(), "--lang", "en")).as(demo.err.toString()).isZero();
        String someone = personName(data);
        password(PASSWORD);
        CliRunner encrypt = new CliRunner();

        assertThat(encrypt.run("db", "encrypt", "--data-dir", data.toString(), "--lang", "en"))
                .as(encrypt.err.toString()).isZero();

        assertThat(encrypt.out.toString()).contains("Nobody can recover a forgotten password", "is encrypted");
        Path base = data.resolve("transferdesk");
        assertThat(H2Key.isEncrypted(base)).isTrue();
        assertThat(new String(Files.readAllBytes(data.resolve("transferdesk.mv.db")), StandardCharsets.UTF_8))
                .doesNotContain(someone);
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + OPTIONS;
        for (String[] attempt : new String[][] {{url, ""}, {url, TestKeys.password(base)},
                {url + ";CIPHER=AES", "wrong-password " + TestKeys.password(base)}}) {
            try (Connection c = DriverManager.getConnection(attempt[0], "sa", attempt[1])) {
                throw new AssertionError("opened without the password: " + attempt[0]);
            } catch (SQLException refused) {
                assertThat(refused.getErrorCode()).isIn(28000, 90049, 90030, 90048);
            }
        }
        try (Connection c = DriverManager.getConnection(url + ";CIPHER=AES", "sa",
                PASSWORD + " " + TestKeys.password(base));
             var rs = c.createStatement().executeQuery("select count(*) from person where name = '" + someone + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }

        TestKeys.forget(base); // each command is a process of its own
        password("wrong-password");
        CliRunner wrong = new CliRunner();
        assertThat(wrong.run("info", "--data-dir", data.toString(), "--lang", "en")).isNotZero();
        assertThat(wrong.err.toString()).contains("Wrong file password");

        TestKeys.forget(base);
        password(PASSWORD);
        CliRunner info = new CliRunner();
        assertThat(info.run("info", "--data-dir", data.toString(), "--lang", "en")).as(info.err.toString()).isZero();

        TestKeys.forget(base);
        CliRunner decrypt = new CliRunner();
        assertThat(decrypt.run("db", "decrypt", "--data-dir", data.toString(), "--lang", "en"))
                .as(decrypt.err.toString()).isZero();
        assertThat(H2Key.isEncrypted(base)).isFalse();
        assertThat(new String(Files.readAllBytes(data.resolve("transferdesk.mv.db")), StandardCharsets.UTF_8))
                .as("decrypted").contains("H:2");
    }

    /** A person's name the demo made, read with the folder's key before the file is encrypted. */
    private static String personName(Path data) throws SQLException {
        Path base = data.resolve("transferdesk");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath() + OPTIONS, "sa",
                TestKeys.password(base));
             var rs = c.createStatement().executeQuery("select name from person order by id limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void dbEncrypt_refusesAShortPassword() {
        Path data = tmp.resolve("data");
        CliRunner demo = new CliRunner();
        assertThat(demo.run("demo", "--data-dir", data.toString(), "--lang", "en")).isZero();
        // the environment's password is taken as it is; the console's is checked twice: here the check itself
        assertThat(H2Key.problem("short", "short")).contains("encrypt.password.tooShort");
        assertThat(H2Key.problem("has space 123", "has space 123")).contains("encrypt.password.spaces");
        assertThat(H2Key.problem("longenough", "different1")).contains("encrypt.password.mismatch");
        assertThat(H2Key.problem("longenough", "longenough")).isEmpty();
    }
}
