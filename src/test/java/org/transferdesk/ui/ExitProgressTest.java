package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;

/**
 * Issue 20: the exit's compaction shows a window while it runs off the FX thread, and the exit goes on when it ends,
 * failed or not. Waits on the work's own signals, never on a duration.
 */
@ExtendWith(ApplicationExtension.class)
class ExitProgressTest {
    @Start
    void start(Stage s) {
        // no main window: at exit it has already closed
    }

    @Test
    void whileTheWorkRuns_aWindowSaysSo_offTheFxThread_andItClosesWhenTheWorkEnds(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean workOnFxThread = new AtomicBoolean(true);
        CountDownLatch returned = new CountDownLatch(1);
        Platform.runLater(() -> {
            ExitProgress.run(I18n.t("app.exit.compacting"), () -> {
                workOnFxThread.set(Platform.isFxApplicationThread());
                started.countDown();
                await(release);
            });
            returned.countDown();
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exitProgressMessage").tryQuery()
                .isPresent());
        Label message = robot.lookup("#exitProgressMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo(I18n.t("app.exit.compacting")).contains("整理数据库");
        assertThat(robot.lookup("#exitProgressBar").queryAs(ProgressBar.class).isIndeterminate()).isTrue();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFxThread).isFalse();
        // the FX thread is free while the work runs: it answers
        AtomicBoolean answered = new AtomicBoolean();
        robot.interact(() -> answered.set(true));
        assertThat(answered).isTrue();
        assertThat(returned.getCount()).as("returned before the work ended").isEqualTo(1);
        robot.interact(() -> Screenshots.save(message.getScene(), "exit-compacting"));

        release.countDown();
        assertThat(returned.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#exitProgressMessage") != null);
    }

    @Test
    void aFailingWork_stillReturns_andClosesTheWindow(FxRobot robot) throws Exception {
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        CountDownLatch returned = new CountDownLatch(1);
        Platform.runLater(() -> {
            ExitProgress.run(I18n.t("app.exit.compacting"), () -> {
                ran.set(true);
                throw new IllegalStateException("disk full");
            });
            returned.countDown();
        });

        assertThat(returned.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#exitProgressMessage") != null);
    }

    @Test
    void offTheFxThread_theWorkSimplyRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        ExitProgress.run("-", () -> ran.set(true));
        assertThat(ran).isTrue();
        ExitProgress.run("-", () -> {
            throw new IllegalStateException("logged, not thrown");
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
