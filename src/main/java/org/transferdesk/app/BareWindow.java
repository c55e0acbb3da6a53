package org.transferdesk.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.transferdesk.cli.DesktopStart;

/**
 * The start benchmark's baseline (issue 20): an empty JavaFX window of the main window's size, started by the same
 * program with the same flags ({@code Launcher --bare-window}), which prints the same line as {@code --startup-check}
 * after its first frame and closes. What the app's start costs beyond it is the app's own.
 */
public final class BareWindow extends Application {
    /** Its line, as {@link StartupCheck}'s. */
    public static final String SHOWN = DesktopStart.BARE_SHOWN;

    static int launch() {
        Application.launch(BareWindow.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        stage.setTitle("TransferDesk");
        stage.show();
        FirstFrame.then(stage.getScene(), () -> {
            System.out.println(String.format(Locale.ROOT, "%s%d ms", SHOWN,
                    ManagementFactory.getRuntimeMXBean().getUptime()));
            System.out.flush();
            Platform.exit();
        });
    }
}
