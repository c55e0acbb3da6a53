package org.transferdesk.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.transferdesk.common.OwnerOnly;

/**
 * The per-user folder holding the database, settings, logs and backups. Chosen by {@code --data-dir},
 * else {@code TRANSFERDESK_HOME}, else the OS convention (Windows {@code %APPDATA%\TransferDesk},
 * Linux {@code ~/.local/share/transferdesk}).
 */
public record DataFolder(Path root) {
    public static final String ENV = "TRANSFERDESK_HOME";

    public static DataFolder resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static DataFolder resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return new DataFolder(explicit.toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv).toAbsolutePath().normalize());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming");
            return new DataFolder(Path.of(appData, "TransferDesk"));
        }
        if (os.contains("mac")) {
            return new DataFolder(Path.of(userHome, "Library", "Application Support", "TransferDesk"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return new DataFolder(base.resolve("transferdesk"));
    }

    public Path database() {
        return root.resolve("transferdesk");
    }

    public Path databaseFile() {
        return root.resolve("transferdesk.mv.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** The office's import mapping profiles, one readable JSON file each (issue 17). */
    public Path mappings() {
        return root.resolve("mappings");
    }

    public Path settingsFile() {
        return root.resolve("settings.properties");
    }

    public DataFolder create() {
        try {
            // Issue 19: personal data (ID numbers, rewards) is the user's only: 700 folders, 600 files on POSIX,
            // also for a folder an earlier version created 755 / 644
            OwnerOnly.folder(root);
            OwnerOnly.folder(logs());
            OwnerOnly.folder(backups());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ownerOnlyFiles();
    }

    /** The database (created by H2 with the process's umask), its lock file and the settings: the user's only. */
    public DataFolder ownerOnlyFiles() {
        try {
            OwnerOnly.file(databaseFile());
            OwnerOnly.file(root.resolve("transferdesk.lock.db"));
            OwnerOnly.file(settingsFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
