package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.deal.ui.DealObligationsViewModel;

/** The obligations tab inside the deal editor: add a report, save it, close, reopen the deal and see it. */
class ObligationsGuiTest extends WholeAppGuiTest {
    private long dealId;

    @Start
    void start(Stage stage) {
        harness.context.database().executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount, status)"
                + " VALUES ('YW-1', 'LICENSE', '许可实施', 100000, 'SIGNED')");
        dealId = ((Number) harness.context.database().dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        harness.start(stage);
    }

    @SuppressWarnings("unchecked")
    private TableView<DealObligationsViewModel.Line> openObligationsTab(FxRobot robot) {
        robot.interact(() -> harness.gui.openDeal(dealId));
        GuiHarness.waitUntil(() -> robot.lookup("合同义务").tryQuery().isPresent());
        robot.clickOn("合同义务");
        GuiHarness.waitUntil(() -> robot.lookup("#obligationAddButton").tryQuery()
                .map(b -> !b.isDisabled() && b.isVisible()).orElse(false));
        return robot.lookup("#obligationsTable").queryAs(TableView.class);
    }

    @Test
    void addAnObligation_save_reopenAndSeeIt(FxRobot robot) {
        TableView<DealObligationsViewModel.Line> table = openObligationsTab(robot);
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#obligationAddButton");
        GuiHarness.waitUntil(() -> table.getItems().size() == 1 && table.getEditingCell() != null);
        robot.write("2027-03-31").type(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> LocalDate.of(2027, 3, 31).equals(table.getItems().get(0).dueOnProperty().get()));

        TableColumn<DealObligationsViewModel.Line, ?> description = table.getColumns().get(2);
        robot.doubleClickOn(GuiHarness.cell(robot, table, 0, description));
        GuiHarness.waitUntil(() -> table.getEditingCell() != null);
        robot.write("Annual licensee report").type(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> "Annual licensee report".equals(table.getItems().get(0).descriptionProperty().get()));

        // one save per window (issue 24, item 12): the editor's Ctrl+S saves the tab's rows after the deal
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> harness.context.dealObligations().ofDeal(dealId).size() == 1);
        assertThat(harness.context.dealObligations().ofDeal(dealId))
                .containsExactly(new DealObligation(harness.context.dealObligations().ofDeal(dealId).get(0).id(),
                        ObligationKind.REPORT, LocalDate.of(2027, 3, 31), "Annual licensee report"));
        GuiHarness.waitUntil(() -> robot.lookup("#obligationAddButton").queryAs(Button.class).isDisabled() == false);
        assertThat(robot.lookup("#obligationSaveButton").tryQuery()).isEmpty();

        robot.interact(() -> harness.gui.editors().discardAll());
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().isEmpty());

        TableView<DealObligationsViewModel.Line> reopened = openObligationsTab(robot);
        GuiHarness.waitUntil(() -> reopened.getItems().size() == 1);
        assertThat(reopened.getItems().get(0).descriptionProperty().get()).isEqualTo("Annual licensee report");
        assertThat(GuiHarness.cell(robot, reopened, 0, reopened.getColumns().get(0)).getText()).isEqualTo("实施报告");
        assertThat(GuiHarness.cell(robot, reopened, 0, reopened.getColumns().get(1)).getText()).isEqualTo("2027-03-31");
    }
}
