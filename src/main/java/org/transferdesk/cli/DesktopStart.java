package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.transferdesk.bootstrap.DataFolder;

/**
 * How the desktop app is asked to open: its data folder, a backup to offer for restore (what
 * double-clicking a {@code .tdbackup} file does), whether to close again once the main window is
 * shown (the installer's smoke test and the start-time benchmark), and the shared database {@code --db} names.
 */
public record DesktopStart(DataFolder folder, Optional<Path> backupToRestore, boolean startupCheck,
                           Optional<org.transferdesk.db.ServerAddress> server) {
    /** Without {@code --db}: the shared database the user chose in Settings, if any, else the data folder's. */
    public DesktopStart(DataFolder folder, Optional<Path> backupToRestore, boolean startupCheck) {
        this(folder, backupToRestore, startupCheck, Optional.empty());
    }

    /** How the startup check's line starts ("… after 1234 ms"): scripts and {@code benchmark startup} look for it. */
    public static final String SHOWN = "TransferDesk main window shown after ";
    /** The startup check's second line: the home screen filled, every loading the start began done. */
    public static final String FILLED = "TransferDesk home screen filled after ";
    /** Launcher's hidden first argument: a bare JavaFX window, the start benchmark's baseline. */
    public static final String BARE_WINDOW = "--bare-window";
    /** The bare window's line, as the startup check's; here so the benchmark reads it without naming the app. */
    public static final String BARE_SHOWN = "Bare window shown after ";

    /** Opens the desktop app and returns its exit code once it has closed. */
    @FunctionalInterface
    public interface Opener {
        int open(DesktopStart start);
    }
}
