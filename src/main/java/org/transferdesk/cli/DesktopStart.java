package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.transferdesk.app.DataFolder;

/**
 * How the desktop app is asked to open: its data folder, a backup to offer for restore (what
 * double-clicking a {@code .tdbackup} file does), and whether to close again once the main window is
 * shown (the installer's smoke test and the start-time benchmark).
 */
public record DesktopStart(DataFolder folder, Optional<Path> backupToRestore, boolean startupCheck) {
    /** How the startup check's line starts ("… after 1234 ms"): scripts and {@code benchmark startup} look for it. */
    public static final String SHOWN = "TransferDesk main window shown after ";

    /** Opens the desktop app and returns its exit code once it has closed. */
    @FunctionalInterface
    public interface Opener {
        int open(DesktopStart start);
    }
}
