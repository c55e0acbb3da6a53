package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicyLabels;
import org.transferdesk.reward.UnitProfile;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Screenshots;

/**
 * The reward-policy window from the settings page: 浙江 with a key minimum of 50 is refused, 75 is saved, together with
 * the unit's new name, by the window's one Ctrl+S.
 */
class RewardPolicyGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.context.rewardPolicies().set(LocalDate.of(2024, 1, 1), Preset.BEIJING.policy());
        harness.context.rewardPolicies().setUnitProfile(LocalDate.of(2024, 1, 1),
                new UnitProfile("示例大学", "12100000400000624D", true));
        harness.start(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void zhejiangWithKeyMinimum50_showsTheFloorError_then75IsSaved(FxRobot robot) {
        robot.interact(() -> harness.gui.show(Module.SETTINGS));
        GuiHarness.waitUntil(() -> robot.lookup("#rewardPolicyButton").tryQuery().isPresent());
        Button open = robot.lookup("#rewardPolicyButton").queryAs(Button.class);
        assertThat(open.getText()).isEqualTo("奖励政策…");
        robot.interact(open::fire);
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().containsKey("reward-policy"));
        Scene window = harness.gui.editors().openWindows().get("reward-policy").getScene();
        TableView<?> history = (TableView<?>) window.lookup("#historyTable");
        GuiHarness.waitUntil(() -> history.getItems().size() == 1);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(window.getRoot());

        ComboBox<Preset> preset = (ComboBox<Preset>) window.lookup("#presetField");
        TextField key = (TextField) window.lookup("#keyField");
        assertThat(preset.getValue()).isEqualTo(Preset.BEIJING);
        robot.interact(() -> preset.getSelectionModel().select(preset.getItems().stream()
                .filter(p -> RewardPolicyLabels.preset(p).equals("浙江")).findFirst().orElseThrow()));
        assertThat(key.getText()).isEqualTo("70");
        robot.clickOn(key).eraseText(2).write("50");
        GuiHarness.waitUntil(() -> window.lookup("#problemsPanel").isVisible());
        List<String> problems = window.getRoot().lookupAll("#problemsList .label").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(problems).containsExactly("“主要贡献人员最低份额”不能低于所在地区的法定下限 70%。");
        assertThat(window.lookup("#saveButton").isDisabled()).isTrue();
        assertThat(key.getStyleClass()).contains("invalid");
        robot.interact(() -> Screenshots.save(window, "reward-policy-below-floor"));

        robot.clickOn(key).eraseText(2).write("75");
        GuiHarness.waitUntil(() -> !window.lookup("#problemsPanel").isVisible());
        robot.interact(() -> ((javafx.scene.control.DatePicker) window.lookup("#fromField"))
                .setValue(LocalDate.of(2026, 12, 1)));
        robot.interact(() -> ((TextField) window.lookup("#unitNameField")).setText("示范大学"));
        robot.clickOn(key); // the window asks whether it holds unsaved changes after each click
        javafx.stage.Stage stage = harness.gui.editors().openWindows().get("reward-policy");
        GuiHarness.waitUntil(() -> stage.getTitle().startsWith("*"));
        assertThat(window.lookup("#saveUnitButton")).as("one save for the whole window").isNull();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> history.getItems().size() == 2);
        GuiHarness.waitUntil(() -> !stage.getTitle().startsWith("*"));
        assertThat(harness.context.rewardPolicies().unitProfile().name()).isEqualTo("示范大学");
        RewardPolicy saved = harness.context.rewardPolicies().policyOn(LocalDate.of(2026, 12, 1));
        assertThat(saved.jurisdiction()).isEqualTo(Preset.ZHEJIANG);
        assertThat(saved.keyContributorMinimum().percent()).isEqualByComparingTo("75");
        assertThat(harness.context.rewardPolicies().policyOn(LocalDate.of(2026, 11, 30)).jurisdiction())
                .isEqualTo(Preset.BEIJING);

        robot.interact(() -> Screenshots.save(window, "reward-policy"));
    }
}
