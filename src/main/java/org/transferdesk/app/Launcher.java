package org.transferdesk.app;

import org.transferdesk.cli.CliCommandLine;
import org.transferdesk.cli.DesktopCommand;
import org.transferdesk.cli.DesktopStart;
import org.transferdesk.cli.TransferDeskCommand;

/**
 * Plain main class (not a JavaFX Application, so the classpath jar starts): with a command it runs
 * headless, without one it opens the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        if (args.length == 1 && args[0].equals(DesktopStart.BARE_WINDOW)) {
            return BareWindow.launch();
        }
        Object command = TransferDeskCommand.opensDesktop(args) ? new DesktopCommand(TransferDeskApp::launchWith)
                : new TransferDeskCommand(TransferDeskApp::launchWith);
        return CliCommandLine.create(command, args).execute(args);
    }
}
