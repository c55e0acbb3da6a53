package org.transferdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.transferdesk.common.I18n;

/**
 * Issue 20 (start-up): the common desktop starts — no arguments, or only {@code --data-dir}, {@code --lang},
 * {@code --startup-check} and one {@code .tdbackup} file — read without picocli, whose model even of
 * {@link DesktopCommand} loads about 170 classes on the start's main thread. Anything else (a command, help, a
 * repeated or misspelt option, a file that is not a backup) is left to picocli, so its answers and errors stay
 * exactly as they were. This class must not name picocli: loading it would undo the point.
 */
public final class PlainDesktopStart {
    private PlainDesktopStart() {
    }

    /** The start these arguments ask for, when they are plain enough to read by hand; empty means "ask picocli". */
    public static Optional<DesktopStart> read(String... args) {
        String dataDir = null;
        String lang = null;
        String backup = null;
        boolean startupCheck = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.equals("--startup-check")) {
                if (startupCheck) {
                    return Optional.empty();
                }
                startupCheck = true;
                continue;
            } else if (arg.equals("--data-dir") || arg.equals("--lang")) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty();
                }
                value = args[++i];
            } else if (arg.startsWith("--data-dir=") || arg.startsWith("--lang=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
            } else if (!arg.startsWith("-") && backup == null
                    && arg.toLowerCase(Locale.ROOT).endsWith(".tdbackup")) {
                backup = arg;
                continue;
            } else {
                return Optional.empty();
            }
            // picocli refuses an option given twice; so does this, by handing it over
            if (arg.startsWith("--data-dir")) {
                if (dataDir != null) {
                    return Optional.empty();
                }
                dataDir = value;
            } else {
                if (lang != null) {
                    return Optional.empty();
                }
                lang = value;
            }
        }
        return start(dataDir, lang, backup, startupCheck);
    }

    private static Optional<DesktopStart> start(String dataDir, String lang, String backup, boolean startupCheck) {
        DataDirOption options = new DataDirOption();
        Path backupFile;
        try {
            options.dataDir = dataDir == null ? null : Path.of(dataDir);
            backupFile = backup == null ? null : Path.of(backup);
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli's own message for it
        }
        options.lang = lang;
        // What CliCommandLine.create and DesktopOptions.open do on the way through picocli, in the same order.
        I18n.setLocale(DataDirOption.language(lang, options.dataDir));
        options.prepare();
        return Optional.of(new DesktopStart(options.folder(), Optional.ofNullable(backupFile).map(Path::toAbsolutePath),
                startupCheck));
    }
}
