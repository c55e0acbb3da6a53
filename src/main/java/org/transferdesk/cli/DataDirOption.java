package org.transferdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.db.ServerSchemaGuard;
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

    /** The shared database {@code --db} names (with {@code --db-user}), if one was given. */
    public Optional<ServerAddress> server() {
        return db == null ? Optional.empty() : Optional.of(ServerAddress.parse(db, dbUser));
    }

    /**
     * Opens the database the options name: the shared server of {@code --db} under {@code guard}, else the data
     * folder's own file. The server's password is taken from {@value #PASSWORD_ENV}; without it the server is first
     * tried without one (a server that trusts this machine needs none) and, when it asks, the console prompts.
     */
    AppContext open(DataFolder folder, Clock clock, ServerSchemaGuard guard) {
        Optional<ServerAddress> server = server();
        if (server.isEmpty()) {
            return AppContext.open(folder, clock);
        }
        String password = System.getenv(PASSWORD_ENV);
        try {
            return AppContext.openShared(folder, server.get(), password, guard, clock);
        } catch (UserFacingException e) {
            if (password != null || !"error.server.passwordNeeded".equals(e.key())) {
                throw e;
            }
            java.io.Console console = System.console();
            if (console == null) {
                throw new UserFacingException("cli.db.passwordMissing", server.get(), PASSWORD_ENV);
            }
            char[] typed = console.readPassword("%s", I18n.t("cli.db.passwordPrompt",
                    server.get().user() != null ? server.get().user() : System.getProperty("user.name"),
                    server.get()));
            return AppContext.openShared(folder, server.get(), typed == null ? "" : new String(typed), guard, clock);
        }
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
