package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.Explanation;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.ui.DistributionEditorViewModel;

/**
 * Rewards in the whole app: propose for a licence receipt, save, publicise, pay too early (refused), type the
 * tax withheld by keyboard, explain.
 */
class RewardsGuiTest extends WholeAppGuiTest {
    private Deal licence;

    @Start
    void start(Stage stage) {
        RewardFixture fixture = new RewardFixture(harness.context.database().dsl()).e1Team(LeaderRole.NONE);
        licence = fixture.e1Licence("GUI-L-001", true);
        harness.start(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void proposeSavePubliciseRefusePaymentAndExplain(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> robot.lookup("#newDistributionButton").tryQuery().isPresent());

        robot.clickOn("#newDistributionButton");
        GuiHarness.waitUntil(() -> robot.lookup("#proposalDeal").tryQuery().isPresent());
        ComboBox<DealSummary> deals = robot.lookup("#proposalDeal").queryComboBox();
        GuiHarness.waitUntil(() -> deals.getItems().stream().anyMatch(d -> d.id() == licence.id()));
        robot.interact(() -> deals.setValue(deals.getItems().stream().filter(d -> d.id() == licence.id())
                .findFirst().orElseThrow()));
        GuiHarness.waitUntil(() -> !robot.lookup("#proposalReceipts").queryListView().getItems().isEmpty());
        robot.clickOn("#proposeButton");

        GuiHarness.waitUntil(() -> robot.lookup("#rewardLines").tryQuery().isPresent());
        TableView<DistributionEditorViewModel.LineRow> lines = robot.lookup("#rewardLines").queryTableView();
        // the editor fits on the screen (it is wider than 1280 px when sized to its columns)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(lines.getScene().getWindow().getWidth()).isLessThanOrEqualTo(screen.getWidth());
        GuiHarness.waitUntil(() -> lines.getItems().size() == 4);
        assertThat(lines.getItems()).extracting(r -> r.line().name()).contains("甲教授", "丁工程师");

        robot.clickOn("#rewardSave");
        GuiHarness.waitUntil(() -> harness.context.distributions().list(null).size() == 1);
        GuiHarness.waitUntil(() -> robot.lookup("#publiciseButton").tryQuery().map(n -> n.isVisible()).orElse(false));
        Label earliest = robot.lookup("#earliestEnd").queryAs(Label.class);
        GuiHarness.waitUntil(() -> !earliest.getText().isEmpty());
        // a publicity reaching 2027 (no arrangements recorded) says so beside its end date, and only then
        javafx.scene.control.DatePicker fromPicker = robot.lookup("#publicityFrom").queryAs(javafx.scene.control.DatePicker.class);
        java.time.LocalDate proposedFrom = fromPicker.getValue();
        Label gap = robot.lookup("#calendarGap").queryAs(Label.class);
        assertThat(gap.isVisible()).isFalse();
        robot.interact(() -> fromPicker.setValue(java.time.LocalDate.of(2026, 12, 20)));
        GuiHarness.waitUntil(gap::isVisible);
        assertThat(gap.getText()).contains("2027 年的节假日安排尚未录入");
        assertThat(earliest.getText()).contains("2027-01-08");
        robot.interact(() -> org.transferdesk.ui.Screenshots.save(gap.getScene(), "reward-editor-calendar-gap"));
        robot.interact(() -> fromPicker.setValue(proposedFrom));
        GuiHarness.waitUntil(() -> !gap.isVisible());

        robot.clickOn("#publiciseButton");
        long id = harness.context.distributions().list(null).get(0).id();
        GuiHarness.waitUntil(() -> harness.context.distributions().find(id).orElseThrow().status()
                == DistributionStatus.PUBLICISING);
        GuiHarness.waitUntil(() -> robot.lookup("#payButton").tryQuery().map(n -> n.isVisible()).orElse(false));

        robot.clickOn("#payButton");
        GuiHarness.waitUntil(() -> robot.lookup("#problemsList .label").queryAll().stream()
                .anyMatch(l -> ((Label) l).getText().contains("公示期满前不能登记发放")));
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isTrue();
        assertThat(harness.context.distributions().find(id).orElseThrow().lines()).noneMatch(l -> l.isPaid());
        assertThat(lines.getItems()).noneMatch(r -> r.line().isPaid());

        // 代扣个税 by keyboard: F2 on a line edits its tax, Enter keeps it; too much is refused at the line
        TableColumn<DistributionEditorViewModel.LineRow, ?> tax = lines.getColumns().stream()
                .filter(c -> "taxWithheldColumn".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            lines.requestFocus();
            lines.getSelectionModel().clearAndSelect(0);
        });
        robot.press(KeyCode.F2).release(KeyCode.F2);
        GuiHarness.waitUntil(() -> lines.getEditingCell() != null);
        robot.write("41605.76").press(KeyCode.ENTER).release(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> "41,605.76".equals(tax.getCellData(0)));
        robot.interact(() -> lines.getSelectionModel().clearAndSelect(1)); // the table keeps the focus
        robot.press(KeyCode.F2).release(KeyCode.F2);
        GuiHarness.waitUntil(() -> lines.getEditingCell() != null);
        robot.write("999999").press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label taxError = robot.lookup("#taxWithheldError").queryAs(Label.class);
        GuiHarness.waitUntil(() -> taxError.getText().contains("乙老师：代扣个税（999,999.00）不能超过奖励金额"));
        assertThat(tax.getCellData(1)).isEqualTo("");

        TabPane tabs = (TabPane) lines.getScene().lookup(".tab-pane");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "explainTab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<Explanation.Step> explain = robot.lookup("#explainTable").queryTableView();
        GuiHarness.waitUntil(explain::isVisible);
        assertThat(explain.getItems()).extracting(Explanation.Step::rule).contains("R-NET", "R-45-1", "R-PUB-REWARD");
    }
}
