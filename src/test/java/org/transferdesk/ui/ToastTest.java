package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 24, item 3: a notice is drawn in the app's font (ControlsFX's popup showed Chinese as boxes on Linux), near
 * the top of its window where it covers no buttons, and its action link does what it says.
 */
@ExtendWith(ApplicationExtension.class)
class ToastTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 800, 600));
        s.show();
    }

    @Test
    void aNoticeUsesTheAppFont_atTheTopOfItsWindow(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        robot.interact(() -> dialogs.notify("已保存：R-2026-0001"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast").tryQuery().isPresent());

        Label text = robot.lookup("#toast .label").queryAs(Label.class);
        assertThat(text.getText()).isEqualTo("已保存：R-2026-0001");
        assertThat(text.getFont().getFamily()).isEqualTo(Theme.fontFamily());
        Bounds onScreen = text.localToScreen(text.getBoundsInLocal());
        assertThat(onScreen.getMaxY()).isLessThan(stage.getY() + stage.getHeight() / 2);
        assertThat(robot.lookup("#toast .hyperlink").tryQuery()).isEmpty();
    }

    @Test
    void aNewerNoticeReplacesTheOlder_andItsActionRuns(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        AtomicInteger opened = new AtomicInteger();
        robot.interact(() -> {
            dialogs.notify("第一条");
            dialogs.notify("已导出 3 行", "打开文件夹", opened::incrementAndGet);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast .hyperlink").tryQuery().isPresent());
        assertThat(robot.lookup("#toast").queryAll()).hasSize(1);

        robot.clickOn(robot.lookup("#toast .hyperlink").queryAs(Hyperlink.class));
        assertThat(opened.get()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toast").tryQuery().isEmpty());
    }
}
