package org.transferdesk.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import org.transferdesk.cli.DesktopStart;

/**
 * {@code --startup-check}: once the main window's first frame is drawn, prints how long the JVM has been up; once
 * the start's background loading (the home screen's figures, the reminders badge) is done, prints it again, then
 * closes the app the normal way. The installer's smoke test looks for the line, and
 * {@code benchmark startup} times it from outside (which also counts the launcher and the JVM's own start).
 */
final class StartupCheck {
    private StartupCheck() {
    }

    /** Why the start failed, on the error stream the installer's smoke test shows. */
    static void reportFailed(String message) {
        System.err.println(message);
    }

    static void reportShown() {
        System.out.println(line(ManagementFactory.getRuntimeMXBean().getUptime()));
        System.out.flush();
    }

    /** Issue 20: the first useful screen is the home screen with its data, once the start's loading is done. */
    static void reportFilledAndClose() {
        System.out.println(String.format(Locale.ROOT, "%s%d ms", DesktopStart.FILLED,
                ManagementFactory.getRuntimeMXBean().getUptime()));
        System.out.flush();
        Platform.exit();
    }

    static String line(long millis) {
        return String.format(Locale.ROOT, "%s%d ms", DesktopStart.SHOWN, millis);
    }
}
