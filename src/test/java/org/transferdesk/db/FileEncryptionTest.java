package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;

/** Issue 22: the folder's own database password, and the H2 file encrypted with AES under the user's password. */
class FileEncryptionTest {
    private static final String NAME = "Zhangsanfeng-Encrypted";
    private static final String PASSWORD = "correct-horse-7";

    @TempDir
    Path dir;

    private Path base() {
        return dir.resolve("transferdesk");
    }

    private void createWithPerson() {
        try (Database db = Database.openFile(base())) {
            db.dsl().execute("create table secret_probe(name varchar(60))");
            db.dsl().execute("insert into secret_probe values (?)", NAME);
        }
    }

    private static String plainUrl(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + Database.OPTIONS + ";AUTO_SERVER=FALSE;IFEXISTS=TRUE";
    }

    private static int refusal(String url, String password) {
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            return 0;
        } catch (SQLException e) {
            return e.getErrorCode();
        }
    }

    @Test
    void newDatabase_hasTheFolderKey_notTheEmptyPassword() throws Exception {
        createWithPerson();

        Path key = dir.resolve(H2Key.FILE);
        assertThat(key).exists();
        if (Files.getFileAttributeView(key, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                    .isEqualTo("rw-------");
        }
        assertThat(refusal(plainUrl(base()), "")).isEqualTo(H2Key.WRONG_PASSWORD);
        assertThat(refusal(plainUrl(base()), TestKeys.password(base()))).isZero();
        String first = TestKeys.password(base());
        Database.openFile(base()).close();
        assertThat(TestKeys.password(base())).as("written once").isEqualTo(first).hasSizeGreaterThan(30);
    }

    @Test
    void oldEmptyPasswordDatabase_isSwitchedOverOnOpen_andKeepsItsData() throws Exception {
        OldDatabase.create(base(), "1");
        try (Connection c = DriverManager.getConnection(plainUrl(base()), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table secret_probe(name varchar(60))");
            s.execute("insert into secret_probe values ('" + NAME + "')");
        }

        try (Database db = Database.openFile(base())) {
            assertThat(db.dsl().fetchValue("select name from secret_probe", String.class)).isEqualTo(NAME);
        }

        assertThat(refusal(plainUrl(base()), "")).as("the empty password no longer opens it")
                .isEqualTo(H2Key.WRONG_PASSWORD);
        assertThat(refusal(plainUrl(base()), TestKeys.password(base()))).isZero();
    }

    @Test
    void crashAfterTheKeyFileWasWritten_stillOpens() throws Exception {
        OldDatabase.create(base(), "1");
        H2Key.folderPassword(base()); // the key file is written, the database not yet told: a kill here

        Database.openFile(base()).close();

        assertThat(refusal(plainUrl(base()), TestKeys.password(base()))).isZero();
    }

    @Test
    void encryptedFile_isUnreadableWithoutThePassword_andOpensWithIt() throws Exception {
        createWithPerson();
        String user = TestKeys.password(base());

        FileEncryption.encrypt(base(), PASSWORD);

        assertThat(H2Key.isEncrypted(base())).isTrue();
        byte[] raw = Files.readAllBytes(RestoreJournal.live(base()));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(NAME).doesNotContain("secret_probe");
        assertThat(RestoreJournal.previous(base())).as("no plain copy is left behind").doesNotExist();
        // H2's own tools, without the password or with a wrong one
        assertThat(refusal(plainUrl(base()), user)).as("without CIPHER").isNotZero();
        assertThat(refusal(plainUrl(base()), "")).isNotZero();
        assertThat(refusal(plainUrl(base()) + ";CIPHER=AES", "wrong-password " + user))
                .isEqualTo(H2Key.WRONG_FILE_PASSWORD);
        assertThat(refusal(plainUrl(base()) + ";CIPHER=AES", PASSWORD + " wrong"))
                .isEqualTo(H2Key.WRONG_PASSWORD);
        java.io.ByteArrayOutputStream shellOut = new java.io.ByteArrayOutputStream();
        org.h2.tools.Shell shell = new org.h2.tools.Shell();
        shell.setOut(new java.io.PrintStream(shellOut, true, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> shell.runTool("-url", plainUrl(base()), "-user", "sa", "-password", "",
                "-sql", "select name from secret_probe")).isInstanceOf(SQLException.class);
        assertThat(shellOut.toString(StandardCharsets.UTF_8)).doesNotContain(NAME);
        // and with it
        try (Connection c = DriverManager.getConnection(plainUrl(base()) + ";CIPHER=AES", "sa", PASSWORD + " " + user);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select name from secret_probe")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(NAME);
        }
        opensWithTheProbe(true);
    }

    /** Opened as the app opens it, the file is encrypted or not as said, and still holds the probe. */
    private void opensWithTheProbe(boolean encrypted) {
        try (Database db = Database.openFile(base())) {
            assertThat(db.isEncrypted()).isEqualTo(encrypted);
            assertThat(db.dsl().fetchValue("select name from secret_probe", String.class)).isEqualTo(NAME);
        }
    }

    @Test
    void wrongPassword_saysSo_inBothLanguages() {
        createWithPerson();
        FileEncryption.encrypt(base(), PASSWORD);
        H2Key.remember(base(), null);

        assertThatThrownBy(() -> Database.openFile(base())).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.filePasswordNeeded"));
        I18n.setLocale(I18n.ENGLISH);
        assertThatThrownBy(() -> H2Key.unlock(base(), "not-the-password"))
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("Wrong file password"));
        I18n.setLocale(I18n.CHINESE);
        assertThatThrownBy(() -> H2Key.unlock(base(), "not-the-password"))
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("文件密码错误"));
        assertThatThrownBy(() -> FileEncryption.decrypt(base(), "not-the-password"))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.filePasswordWrong"));
        assertThat(H2Key.isEncrypted(base())).as("a refused decryption changes nothing").isTrue();

        H2Key.unlock(base(), PASSWORD);
        Database.openFile(base()).close();
    }

    @Test
    void decrypt_roundTrip_givesThePlainFileBack() throws Exception {
        createWithPerson();
        FileEncryption.encrypt(base(), PASSWORD);

        FileEncryption.decrypt(base(), PASSWORD);

        assertThat(H2Key.isEncrypted(base())).isFalse();
        assertThat(refusal(plainUrl(base()), TestKeys.password(base()))).isZero();
        opensWithTheProbe(false);
    }

    @Test
    void encrypt_whileTheDatabaseIsOpen_isRefused_andChangesNothing() {
        createWithPerson();
        try (Database db = Database.openFile(base())) {
            assertThatThrownBy(() -> FileEncryption.encrypt(base(), PASSWORD))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.encrypt.inUse"));
        }
        assertThat(H2Key.isEncrypted(base())).isFalse();
    }

    @Test
    void backupOfAnEncryptedDatabase_isEncrypted_andRestoresWithThePassword() throws Exception {
        createWithPerson();
        FileEncryption.encrypt(base(), PASSWORD);
        Path backup;
        try (Database db = Database.openFile(base())) {
            backup = new BackupService(dir.resolve("backups"), TestDatabase.CLOCK).backup(db, "test");
        }
        assertThat(BackupService.isEncrypted(backup)).as("the manifest says so").isTrue();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            byte[] file = zip.getInputStream(zip.getEntry(BackupService.DB_ENTRY)).readAllBytes();
            assertThat(new String(file, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
            assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(NAME);
        }

        // another PC: a new folder with its own key, no password known yet
        Path other = dir.resolve("other").resolve("transferdesk");
        assertThatThrownBy(() -> BackupService.restore(backup, other))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.backupPasswordNeeded"));
        assertThatThrownBy(() -> BackupService.restore(backup, other, "wrong-password"))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("error.backupPasswordWrong"));
        assertThat(RestoreJournal.live(other)).doesNotExist();

        BackupService.restore(backup, other, PASSWORD);

        assertThat(H2Key.isEncrypted(other)).isTrue();
        try (Database db = Database.openFile(other)) {
            assertThat(db.dsl().fetchValue("select name from secret_probe", String.class)).isEqualTo(NAME);
        }
    }

    @Test
    void plainBackup_saysItIsNotEncrypted() {
        createWithPerson();
        try (Database db = Database.openFile(base())) {
            Path backup = new BackupService(dir.resolve("backups"), TestDatabase.CLOCK).backup(db, "test");
            assertThat(BackupService.isEncrypted(backup)).isFalse();
            assertThat(BackupService.createdAt(backup)).isPresent();
        }
    }
}
