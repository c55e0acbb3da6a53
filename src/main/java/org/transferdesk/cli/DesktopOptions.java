package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What the desktop app accepts on the command line besides the data folder: a backup to offer, a startup check. */
public final class DesktopOptions {
    @Option(names = "--startup-check")
    boolean startupCheck;

    @Parameters(arity = "0..1", paramLabel = "BACKUP", descriptionKey = "BACKUP")
    Path backup;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Opens the desktop app, or refuses a file that is not a backup (also what a mistyped command name ends up as). */
    int open(DataDirOption options, DesktopStart.Opener gui) {
        options.prepare();
        if (backup != null && !backup.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tdbackup")) {
            spec.commandLine().getErr().println(I18n.t("cli.notBackupOrCommand", backup));
            return 2;
        }
        return gui.open(new DesktopStart(options.folder(), Optional.ofNullable(backup).map(Path::toAbsolutePath),
                startupCheck, options.server()));
    }
}
