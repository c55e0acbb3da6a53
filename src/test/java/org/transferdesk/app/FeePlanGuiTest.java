package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.fees.ui.FeePlanFixture;

/** 专利年费预算… on the Due page opens the fee budget window, which lists the patent's fee of the chosen year. */
class FeePlanGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        FeePlanFixture.grantedPatent(harness.context);
        harness.start(stage);
    }

    @Test
    void feePlanButton_opensTheWindow_withThePatentsFee(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> robot.lookup("#feePlanButton").tryQuery().isPresent());
        robot.clickOn("#feePlanButton");
        GuiHarness.waitUntil(() -> robot.lookup("#planTable").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        Spinner<Integer> year = (Spinner<Integer>) robot.lookup("#yearField").query();
        robot.interact(() -> year.getValueFactory().setValue(2027));
        @SuppressWarnings("unchecked")
        TableView<FeePlanRow> table = (TableView<FeePlanRow>) robot.lookup("#planTable").query();
        GuiHarness.waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).fee().year() == 9);

        FeePlanRow row = table.getItems().get(0);
        assertThat(row.patent().applicationNo()).isEqualTo(FeePlanFixture.APPLICATION_NO);
        assertThat(row.fee().dueOn()).hasToString("2027-07-14");
        // R-PAT-FEE: 10 reduced years from the grant year, and the column says which reduction applied
        assertThat(GuiHarness.cell(robot, table, 0, table.getColumns().get(6)).getText()).isEqualTo("2,000.00");
        assertThat(GuiHarness.cell(robot, table, 0, table.getColumns().get(7)).getText()).isEqualTo("费减85%");
        assertThat(GuiHarness.cell(robot, table, 0, table.getColumns().get(8)).getText()).isEqualTo("300.00");
        assertThat(((Label) robot.lookup("#totalsLabel").query()).getText()).contains("300.00");
        assertThat(((Stage) table.getScene().getWindow()).getTitle()).isEqualTo("专利年费预算");
    }
}
