package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main menu's 奖励 submenu opens the parameter dialog, which keeps itself open until the input is valid. */
@ExtendWith(ApplicationExtension.class)
class RewardExportMenuGuiTest {
    @TempDir
    static Path dataDir;

    private GuiHarness harness;

    @Start
    void start(Stage stage) {
        harness = new GuiHarness(dataDir);
        harness.start(stage);
        // The home screen has texts like "奖励" too; the menu is looked up from a list page.
        harness.gui.show(org.transferdesk.ui.Module.RESULTS);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> harness.gui.editors().discardAll());
        harness.context.close();
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
