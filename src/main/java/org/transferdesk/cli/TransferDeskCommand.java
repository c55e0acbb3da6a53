package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.transferdesk.app.AppInfo;
import org.transferdesk.common.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code transferdesk [--data-dir DIR] [--startup-check] [BACKUP] [COMMAND]}: without a command the desktop
 * app opens; with one, it runs headless (no display needed).
 */
@Command(name = "transferdesk", mixinStandardHelpOptions = true, versionProvider = TransferDeskCommand.Version.class,
        description = "TransferDesk 科技成果转化台账. Without a command, opens the desktop app.",
        subcommands = {InfoCommand.class, ImportCommand.class, TemplateCommand.class, DemoCommand.class,
                PublicityNoticeCommand.class, DistributeCommand.class, ExportCommand.class, SettingCommand.class, PolicyCommand.class, BackupCommand.class, RestoreCommand.class, BenchmarkCommand.class, DueCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class TransferDeskCommand implements Callable<Integer> {
    @Mixin
    DataDirOption options;

    @Option(names = "--startup-check",
            description = "Open the main window, print how long the start took, then close again "
                    + "(the installer's smoke test and `benchmark startup` use it).")
    boolean startupCheck;

    @Parameters(arity = "0..1", paramLabel = "BACKUP",
            description = "A .tdbackup file: the app opens and offers to restore it (what double-clicking a backup does).")
    Path backup;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final DesktopStart.Opener gui;

    public TransferDeskCommand(DesktopStart.Opener gui) {
        this.gui = gui;
    }

    /** The data folder chosen on the command line (for the GUI). */
    public DataDirOption options() {
        return options;
    }

    @Override
    public Integer call() {
        options.prepare();
        if (backup != null && !backup.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tdbackup")) {
            // Also what a mistyped command name ends up as: say so rather than open the app.
            spec.commandLine().getErr().println(I18n.t("cli.notBackupOrCommand", backup));
            return 2;
        }
        return gui.open(new DesktopStart(options.folder(), Optional.ofNullable(backup).map(Path::toAbsolutePath),
                startupCheck));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
