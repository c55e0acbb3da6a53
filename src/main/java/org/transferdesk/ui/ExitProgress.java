package org.transferdesk.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;

/**
 * A small window that says what the app still does after its main window closed (issue 20: the exit's compaction
 * took many seconds at 100,000 results with no window at all, or a frozen one). The work runs on its own thread while
 * the FX thread keeps painting this window in a nested event loop; H2's {@code SHUTDOWN COMPACT} reports no progress,
 * so the bar is indeterminate.
 */
public final class ExitProgress {
    private static final Logger LOG = LoggerFactory.getLogger(ExitProgress.class);

    private ExitProgress() {
    }

    /**
     * Runs {@code work} off the FX thread with the window showing {@code message}, and returns once it has ended, even
     * when it failed (the app must still exit: the failure is logged, the caller's own work keeps the data safe).
     * Off the FX thread (a command, a test without a toolkit) it simply runs the work.
     */
    public static void run(String message, Runnable work) {
        if (!Platform.isFxApplicationThread()) {
            runLogged(work);
            return;
        }
        Stage window = window(message);
        Object loop = new Object();
        Thread worker = new Thread(() -> {
            try {
                runLogged(work);
            } finally {
                Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null));
            }
        }, "exit-work");
        worker.setDaemon(false);
        window.show();
        worker.start();
        Platform.enterNestedEventLoop(loop);
        window.close();
    }

    static Stage window(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("exitProgressMessage");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("exitProgressBar");
        VBox box = new VBox(12, text, bar);
        box.setPadding(new Insets(18));
        box.setPrefWidth(380);
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle(I18n.t("app.title"));
        stage.setScene(new Scene(box));
        stage.setResizable(false);
        // Closing it would not stop the compaction, only hide that it still runs.
        stage.setOnCloseRequest(e -> e.consume());
        return stage;
    }

    private static void runLogged(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Work on exit failed", e);
        }
    }
}
