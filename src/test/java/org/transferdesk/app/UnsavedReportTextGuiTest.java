package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.common.I18n;

/**
 * Issue 24, item 2: text typed into the annual report and not saved is not lost on exit (Ctrl+Q): the app shows
 * the report and asks, as an editor's close does; 取消 keeps the app open with the text still there.
 */
class UnsavedReportTextGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @Test
    void exitAsksAboutUnsavedReportText_andCancelKeepsIt(FxRobot robot) {
        robot.clickOn("#nav-REPORT");
        GuiHarness.waitUntil(() -> robot.lookup("#staffField").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(4));
        TextField staff = robot.lookup("#staffField").queryAs(TextField.class);
        robot.clickOn(staff).write("7");
        robot.clickOn("#nav-HOME");

        Platform.runLater(() -> harness.gui.exit());
        GuiHarness.waitUntil(() -> robot.lookup(I18n.t("editor.unsavedMessage")).tryQuery().isPresent());
        assertThat(robot.lookup("#nav-REPORT").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.clickOn(I18n.t("common.cancel"));

        assertThat(robot.lookup("#staffField").queryAs(TextField.class).getText()).isEqualTo("7");
        assertThat(staff.getScene().getWindow().isShowing()).isTrue();
    }
}
