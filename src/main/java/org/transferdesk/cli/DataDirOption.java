package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.transferdesk.app.DataFolder;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Option;

/** {@code --data-dir} and {@code --lang}, accepted by every command. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (database, settings, logs, backups). Default: $TRANSFERDESK_HOME, "
                    + "else %%APPDATA%%\\TransferDesk on Windows, ~/.local/share/transferdesk on Linux.")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of messages (default: zh).")
    String lang;

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
    }

    public DataFolder folder() {
        return DataFolder.resolve(dataDir);
    }

    /** Applies --lang, and points the log file into the data folder before anything logs. */
    public DataFolder prepare() {
        DataFolder folder = folder();
        System.setProperty("transferdesk.logdir", folder.logs().toString());
        if (lang != null) {
            I18n.setLocale("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }
        return folder;
    }

    /** --lang, else the language chosen in the app (the data folder's settings), which defaults to Chinese. */
    void applyLanguage() {
        if (lang != null) {
            I18n.setLocale("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        } else {
            I18n.setLocale(new org.transferdesk.settings.UserSettings(folder().settingsFile()).language());
        }
    }
}
