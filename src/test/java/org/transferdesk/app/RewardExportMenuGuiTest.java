package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The main menu's 奖励 submenu opens the parameter dialog, which keeps itself open until the input is valid. */
class RewardExportMenuGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
        // The home screen has texts like "奖励" too; the menu is looked up from a list page.
        harness.gui.show(org.transferdesk.ui.Module.RESULTS);
    }

    @Test
    void statementDialog_asksForAStaffNo_andOnlyTheRelevantFieldsShow(FxRobot robot) {
        robot.clickOn("奖励").clickOn("个人奖励明细…");
        GuiHarness.waitUntil(() -> robot.lookup("#rewardStaffNo").tryQuery().isPresent());
        assertThat(robot.lookup("#rewardStaffNo").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(robot.lookup("#rewardMonth").queryAs(TextField.class).isVisible()).isFalse();

        robot.clickOn("确定");
        GuiHarness.waitUntil(() -> robot.lookup(".field-error").queryAs(Label.class).getText().equals("请填写工号。"));
        assertThat(robot.lookup("#rewardStaffNo").tryQuery()).isPresent(); // still open

        robot.clickOn("取消");
        GuiHarness.waitUntil(() -> robot.lookup("#rewardStaffNo").tryQuery().isEmpty());
    }
}
