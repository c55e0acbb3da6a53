package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;

/**
 * Issue 24, item 10: a dialog's buttons speak the app's language (the About box said OK in the Chinese UI), and a
 * dialog whose content grows after it opened (refusal messages) grows with it instead of clipping its buttons.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 600, 400));
        s.show();
    }

    @Test
    void anInformationBoxSaysOkInTheAppLanguage(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Platform.runLater(() -> dialogs.showInfo("关于", "科技成果转化台账"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        Button only = robot.lookup(".dialog-pane .button").queryAs(Button.class);
        assertThat(only.getText()).isEqualTo(I18n.t("common.ok")).isEqualTo("确定");
        robot.clickOn(only);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void aDialogGrowsWhenMessagesAppear(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Dialog<Void>> made = new java.util.concurrent.atomic.AtomicReference<>();
        VBox messages = new VBox(new Label("第一行"));
        robot.interact(() -> {
            Dialog<Void> dialog = new Dialog<>();
            made.set(dialog);
            dialog.initOwner(stage);
            dialog.getDialogPane().setContent(messages);
            dialog.getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
            Dialogs.fitContent(dialog);
            dialog.show();
        });
        Dialog<Void> dialog = made.get();
        DialogPane pane = dialog.getDialogPane();
        double before = pane.getHeight();
        robot.interact(() -> {
            for (int i = 0; i < 8; i++) {
                messages.getChildren().add(new Label("字段有误：第 " + i + " 项"));
            }
            pane.applyCss();
            pane.layout();
            Dialogs.refit(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getHeight()).isGreaterThan(before + 8 * 10);
        assertThat(pane.getHeight()).isGreaterThanOrEqualTo(pane.prefHeight(pane.getWidth()) - 1);
        assertThat(pane.lookupAll(".button")).extracting(n -> ((Button) n).getText())
                .containsExactlyInAnyOrder("确定", "取消");
        robot.interact(dialog::close);
    }
}
