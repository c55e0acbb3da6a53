package org.transferdesk.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.transferdesk.bootstrap.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code transferdesk [--data-dir DIR] [--startup-check] [BACKUP] [COMMAND]}: without a command the desktop
 * app opens; with one, it runs headless (no display needed).
 */
@Command(name = "transferdesk", mixinStandardHelpOptions = true, versionProvider = TransferDeskCommand.Version.class,
        subcommands = {InfoCommand.class, ImportCommand.class, TemplateCommand.class, DemoCommand.class,
                PublicityNoticeCommand.class, DistributeCommand.class, ExportCommand.class, SettingCommand.class, PolicyCommand.class, BackupCommand.class, RestoreCommand.class, DbCommand.class, AuditCommand.class, BenchmarkCommand.class, DueCommand.class, ReportCommand.class, CalendarCommand.class,
                CommandLine.HelpCommand.class})
public final class TransferDeskCommand implements Callable<Integer> {
    @Mixin
    DataDirOption options;

    @Mixin
    DesktopOptions desktop;

    private final DesktopStart.Opener gui;
    private final Clock clock;

    public TransferDeskCommand(DesktopStart.Opener gui) {
        this(gui, Clock.systemDefaultZone());
    }

    /** With the clock the commands take "today" from (tests fix it). */
    public TransferDeskCommand(DesktopStart.Opener gui, Clock clock) {
        this.gui = gui;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        return desktop.open(options, gui);
    }

    /**
     * Whether the arguments only open the desktop app (no command, no help or version): then
     * {@link DesktopCommand} reads them.
     */
    public static boolean opensDesktop(String... args) {
        Set<String> words = new HashSet<>(List.of("-h", "--help", "-V", "--version"));
        for (Class<?> sub : TransferDeskCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            words.add(command.name());
            words.addAll(List.of(command.aliases()));
        }
        return Arrays.stream(args).noneMatch(words::contains);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
