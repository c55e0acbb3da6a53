package org.transferdesk.app;

import org.transferdesk.cli.CliErrors;
import org.transferdesk.cli.DesktopCommand;
import org.transferdesk.cli.TransferDeskCommand;
import picocli.CommandLine;

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
        Object command = TransferDeskCommand.opensDesktop(args) ? new DesktopCommand(TransferDeskApp::launchWith)
                : new TransferDeskCommand(TransferDeskApp::launchWith);
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new CliErrors());
        return cli.execute(args);
    }
}
