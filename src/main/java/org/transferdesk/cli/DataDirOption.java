package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.settings.UserSettings;
import picocli.CommandLine.Option;

/** {@code --data-dir}, {@code --lang} and the shared database's {@code --db}, {@code --db-user}: every command's. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "zh|en")
    String lang;

    /** Issue 21: the office's shared PostgreSQL database instead of the data folder's own file. */
    @Option(names = "--db", paramLabel = "postgresql://HOST:PORT/DB")
    String db;

    @Option(names = "--db-user", paramLabel = "USER")
    String dbUser;

    /** Where the password for {@code --db} comes from when the server asks for one (else a prompt on the console). */
    static final String PASSWORD_ENV = "TRANSFERDESK_DB_PASSWORD";

    /**
     * Takes the root command's {@code --data-dir} and {@code --lang} where this command was given none:
     * {@code transferdesk --data-dir D:\\x import …} must not quietly work on the default folder.
     */
    void inheritFrom(DataDirOption root) {
        if (root == null || root == this) {
            return;
        }
        if (dataDir == null) {
            dataDir = root.dataDir;
        }
        if (lang == null) {
            lang = root.lang;
        }
        if (db == null) {
            db = root.db;
        }
        if (dbUser == null) {
            dbUser = root.dbUser;
        }
    }

    /**
     * The password for {@code server} typed at the console's prompt, when the server asks and
     * {@value #PASSWORD_ENV} gave none; without a terminal (a script, a scheduled task) the message says to set it.
     */
    // the app runs on the Java 17 runtime it ships with, where System.console() is null without a terminal
    @SuppressWarnings("SystemConsoleNull")
    static String askPassword(ServerAddress server) {
        java.io.Console console = System.console();
        if (console == null) {
            throw new org.transferdesk.common.UserFacingException("cli.db.passwordMissing", server, PASSWORD_ENV);
        }
        String login = server.user() != null ? server.user() : System.getProperty("user.name");
        char[] typed = console.readPassword("%s", I18n.t("cli.db.passwordPrompt", login, server));
        return typed == null ? "" : new String(typed);
    }

    /** Where the file password of an encrypted data folder comes from (issue 22; else a prompt on the console). */
    static final String FILE_PASSWORD_ENV = "TRANSFERDESK_FILE_PASSWORD";
    /** Where environment variables are read; tests set their own. */
    static java.util.function.UnaryOperator<String> environment = System::getenv;

    /**
     * The file password: {@value #FILE_PASSWORD_ENV}, else typed at the console's prompt ({@code prompt}, a message
     * key), twice when {@code twice} (a new password); without a terminal the message says to set the variable.
     */
    @SuppressWarnings("SystemConsoleNull") // as askPassword: null without a terminal on the shipped Java 17
    static String askFilePassword(String prompt, boolean twice) {
        String fromEnv = environment.apply(FILE_PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new org.transferdesk.common.UserFacingException("cli.db.filePasswordMissing", FILE_PASSWORD_ENV);
        }
        char[] typed = console.readPassword("%s", I18n.t(prompt));
        String first = typed == null ? "" : new String(typed);
        if (!twice) {
            return first;
        }
        char[] again = console.readPassword("%s", I18n.t("cli.db.filePasswordAgain"));
        String second = again == null ? "" : new String(again);
        org.transferdesk.db.H2Key.problem(first, second).ifPresent(key -> {
            throw new org.transferdesk.common.UserFacingException(key, org.transferdesk.db.H2Key.MIN_LENGTH);
        });
        return first;
    }

    /**
     * Issue 22: an encrypted data folder's database opens only with its file password, asked here once
     * ({@value #FILE_PASSWORD_ENV} or the console) and held for the command's opens; a wrong one says so.
     */
    static void unlockFile(DataFolder folder) {
        java.nio.file.Path base = folder.database();
        if (org.transferdesk.db.H2Key.isEncrypted(base) && !org.transferdesk.db.H2Key.unlocked(base)) {
            org.transferdesk.db.H2Key.unlock(base, askFilePassword("cli.db.filePasswordPrompt", false));
        }
    }

    /** The shared database {@code --db} names (with {@code --db-user}), if one was given. */
    public Optional<ServerAddress> server() {
        return db == null ? Optional.empty() : Optional.of(ServerAddress.parse(db, dbUser));
    }

    public DataFolder folder() {
        return DataFolder.resolve(dataDir);
    }

    /** Applies --lang, and points the log file into the data folder before anything logs. */
    public DataFolder prepare() {
        DataFolder folder = folder();
        System.setProperty("transferdesk.logdir", folder.logs().toString());
        if (lang != null) {
            I18n.setLocale(language(lang, dataDir));
        }
        return folder;
    }

    /** --lang, else the language chosen in the app (the data folder's settings), which defaults to Chinese. */
    void applyLanguage() {
        I18n.setLocale(language(lang, dataDir));
    }

    /**
     * The one rule for the language of a run, also used before parsing for the help ({@link CliCommandLine}):
     * {@code --lang en} is English and any other {@code --lang} Chinese; without it the language chosen in the
     * app for the data folder, which defaults to Chinese.
     */
    static Locale language(String lang, Path dataDir) {
        if (lang != null) {
            return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        return new UserSettings(DataFolder.resolve(dataDir).settingsFile()).language();
    }
}
