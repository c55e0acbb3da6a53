package org.transferdesk.firstrun.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.firstrun.FirstRunSetup;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.ui.GuiTestStage;

/** Issue 24, item 15: the first-run dialog as a new office fills it in. */
@ExtendWith(ApplicationExtension.class)
class FirstRunViewTest {
    private final List<FirstRunSetup.Answers> saved = new ArrayList<>();
    private final RecordedSteps recorder = new RecordedSteps();
    private final List<String> steps = recorder.taken;
    private Stage dialog;

    @Start
    void start(Stage stage) {
        GuiTestStage.show(stage, new VBox(), 300, 200);
        FirstRunViewModel vm = new FirstRunViewModel(saved::add, GuiTestStage.failingExecutor(), recorder);
        dialog = new FirstRunView(vm).show(stage);
    }

    @Test
    void aNewOffice_fillsInItsUnit_isToldOfAWrongCode_andGoesOnToTheDemo(FxRobot robot) {
        robot.clickOn("#firstRunUnitName").write("示例大学");
        robot.clickOn("#firstRunCreditCode").write("123");
        assertThat(robot.lookup("#firstRunMessages .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(I18n.t("rewardPolicy.unit.badCreditCode", "123"));
        robot.clickOn("#firstRunDemo");
        assertThat(steps).as("an error keeps the dialog").isEmpty();

        String code = CreditCode.withCheckCharacter("12100000400000624");
        robot.doubleClickOn("#firstRunCreditCode").eraseText(3).write(code);
        robot.interact(() -> robot.lookup("#firstRunPreset").<ComboBox<RewardPolicy.Preset>>query()
                .getSelectionModel().select(RewardPolicy.Preset.SHANGHAI));
        robot.clickOn("#firstRunNonProfit");
        robot.clickOn("#firstRunDepartments").write("化学系").type(javafx.scene.input.KeyCode.ENTER).write("物理系");
        assertThat(robot.lookup("#firstRunMessages .label").queryAll()).isEmpty();

        robot.clickOn("#firstRunDemo");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(steps).containsExactly("recorded", "demo");
        FirstRunSetup.Answers answers = saved.get(0);
        assertThat(answers.unit().name()).isEqualTo("示例大学");
        assertThat(answers.unit().creditCode()).isEqualTo(code);
        assertThat(answers.unit().nonProfit()).isFalse();
        assertThat(answers.preset()).isEqualTo(RewardPolicy.Preset.SHANGHAI);
        assertThat(answers.departments()).containsExactly("化学系", "物理系");
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void later_withNothingTyped_closesAndRecordsNothing(FxRobot robot) {
        assertThat(robot.lookup("#firstRunImport").queryButton().getText()).isEqualTo(I18n.t("firstRun.import"));
        robot.clickOn("#firstRunLater");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved).isEmpty();
        assertThat(steps).isEmpty();
        assertThat(dialog.isShowing()).isFalse();
    }
}
