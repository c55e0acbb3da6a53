package org.transferdesk.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.transferdesk.cli.DesktopStart;

/**
 * {@code --startup-check}: once the main window has been laid out for its first frame, prints how long
 * that took since the process started (the OS's start time, so the JVM's own start counts too), then
 * closes the app the normal way. The installer's smoke test and {@code benchmark startup} read the line.
 */
final class StartupCheck {
    private StartupCheck() {
    }

    static void closeOnceShown(Stage stage) {
        var scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println(line(sinceProcessStart()));
            System.out.flush();
            // After this pulse has drawn the frame.
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static String line(long millis) {
        return String.format(Locale.ROOT, "%s%d ms", DesktopStart.SHOWN, millis);
    }

    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }
}
