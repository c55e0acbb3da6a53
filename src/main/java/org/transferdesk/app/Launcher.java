package org.transferdesk.app;

import java.util.Optional;
import org.transferdesk.cli.CliCommandLine;
import org.transferdesk.cli.DesktopCommand;
import org.transferdesk.cli.DesktopStart;
import org.transferdesk.cli.PlainDesktopStart;
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
        return run(TransferDeskApp::launchWith, args);
    }

    /** Issue 20: a plain desktop start never builds picocli's model (about 170 classes before the first frame). */
    static int run(DesktopStart.Opener gui, String... args) {
        Optional<DesktopStart> plain = PlainDesktopStart.read(args);
        if (plain.isPresent()) {
            return gui.open(plain.get());
        }
        Object command = TransferDeskCommand.opensDesktop(args) ? new DesktopCommand(gui) : new TransferDeskCommand(gui);
        return CliCommandLine.create(command, args).execute(args);
    }
}
