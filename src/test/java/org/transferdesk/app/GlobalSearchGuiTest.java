package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.common.ProgressSink;

/** The global search box finds people and results and opens their editors; modules switch by keyboard. */
class GlobalSearchGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.context.demo().fill(20, 40, ProgressSink.NONE);
        harness.start(stage);
    }

    @Test
    void typingAStaffNumber_showsThePerson_andEnterOpensTheirEditor(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("T10003");
        GuiHarness.waitUntil(() -> robot.lookup(".search-popup .label").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().keySet().stream()
                .anyMatch(k -> k.startsWith("person:")));
    }

    @Test
    void typingAResultNumber_opensTheResult(FxRobot robot) {
        String resultNo = harness.context.search().search("R-", 1).get(0).code();
        robot.clickOn("#globalSearch").write(resultNo).type(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().keySet().stream()
                .anyMatch(k -> k.startsWith("result:")));
        TextField number = robot.lookup("#resultNoField").queryAs(TextField.class);
        GuiHarness.waitUntil(() -> resultNo.equals(number.getText()));
    }

    @Test
    void shortcutsSwitchModules(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> robot.lookup("#nav-PEOPLE").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> robot.lookup("#nav-IP").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
        assertThat(robot.lookup("#nav-RESULTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
    }
}
