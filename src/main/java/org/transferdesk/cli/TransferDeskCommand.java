package org.transferdesk.cli;

import java.util.concurrent.Callable;
import org.transferdesk.app.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code transferdesk [--data-dir DIR] [COMMAND]}: without a command the desktop app opens; with one,
 * it runs headless (no display needed).
 */
@Command(name = "transferdesk", mixinStandardHelpOptions = true, versionProvider = TransferDeskCommand.Version.class,
        description = "TransferDesk 科技成果转化台账. Without a command, opens the desktop app.",
        subcommands = {InfoCommand.class, ImportCommand.class, TemplateCommand.class, DemoCommand.class,
                PublicityNoticeCommand.class, DistributeCommand.class, ExportCommand.class, SettingCommand.class, PolicyCommand.class, BackupCommand.class, RestoreCommand.class, BenchmarkCommand.class, DueCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class TransferDeskCommand implements Callable<Integer> {
    @Mixin
    DataDirOption options;

    private final Runnable gui;

    public TransferDeskCommand(Runnable gui) {
        this.gui = gui;
    }

    /** The data folder chosen on the command line (for the GUI). */
    public DataDirOption options() {
        return options;
    }

    @Override
    public Integer call() {
        options.prepare();
        gui.run();
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
