package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 24, item 5: the shell's keys are ones a text box does not take for itself, and after going to a page the
 * typing goes to that page (its filter box), not to the global search box the user came from.
 */
class ShellKeysGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @Test
    void afterGoingToAPage_typingGoesToItsFilter(FxRobot robot) {
        robot.clickOn("#globalSearch");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> selected(robot, "RESULTS"));
        GuiHarness.waitUntil(() -> focusOwner(robot) instanceof TextField f
                && !"globalSearch".equals(f.getId()));

        robot.write("zz");
        TextField search = robot.lookup("#globalSearch").queryAs(TextField.class);
        assertThat(((TextField) focusOwner(robot)).getText()).isEqualTo("zz");
        assertThat(search.getText()).isEmpty();
    }

    @Test
    void homeIsAltHome_andCtrlHInATextBoxStaysThere(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> selected(robot, "DUE"));
        robot.clickOn("#globalSearch").write("ab");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        assertThat(selected(robot, "DUE")).isTrue();

        robot.press(KeyCode.ALT, KeyCode.HOME).release(KeyCode.HOME, KeyCode.ALT);
        GuiHarness.waitUntil(() -> selected(robot, "HOME"));
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#globalSearch").query().getScene().getFocusOwner();
    }

    private static boolean selected(FxRobot robot, String module) {
        return robot.lookup("#nav-" + module).queryAs(ToggleButton.class).isSelected();
    }
}
