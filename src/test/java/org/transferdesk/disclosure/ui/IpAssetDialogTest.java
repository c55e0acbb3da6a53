package org.transferdesk.disclosure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 24, item 10: the 添加知识产权 dialog says 确定/取消 in the Chinese UI, and a refusal's messages make it grow
 * rather than clip its message or hide its buttons.
 */
@ExtendWith(ApplicationExtension.class)
class IpAssetDialogTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 800, 600));
        s.show();
    }

    @Test
    void buttonsInChinese_andARefusalKeepsThemInSight(FxRobot robot) throws Exception {
        Platform.runLater(() -> IpAssetDialog.show(stage, null, LocalDate.of(2026, 3, 1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.lookupAll(".button")).extracting(n -> ((Button) n).getText())
                .containsExactlyInAnyOrder("确定", "取消");

        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(TextField.class)).write("12345");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pane.lookupAll(".field-error").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Button ok = (Button) pane.lookupAll(".button").stream().filter(n -> "确定".equals(((Button) n).getText()))
                .findFirst().orElseThrow();
        // the window grows after the layout pass that measured the messages
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Bounds button = ok.localToScene(ok.getBoundsInLocal());
            return button.getMaxY() <= pane.getScene().getHeight();
        });
        assertThat(pane.getHeight()).isGreaterThanOrEqualTo(pane.prefHeight(pane.getWidth()) - 1);
        robot.clickOn("取消");
    }
}
