package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ui.InventorRow;

/** The walk-through: create a result with three inventors, see it listed, reopen and edit it. */
class ResultFlowGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.seedPeople("T001", "Zhang San", "T002", "Li Si", "T003", "Wang Wu");
        harness.start(stage);
        // The app opens on the home screen; these flows start from the results list.
        harness.gui.show(org.transferdesk.ui.Module.RESULTS);
    }

    @Test
    void createResultWithThreeInventors_seeItListed_reopenAndEdit(FxRobot robot) {
        robot.clickOn("#newButton");
        GuiHarness.waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
        TextField resultNo = robot.lookup("#resultNoField").queryAs(TextField.class);
        GuiHarness.waitUntil(() -> resultNo.getText() != null && !resultNo.getText().isEmpty());
        assertThat(resultNo.getText()).isEqualTo("R-2026-0001");
        org.transferdesk.ui.LabelsForFields.assertEveryMnemonicLabelHasItsField(resultNo.getScene().getRoot());

        robot.clickOn("#titleField").write("Solid electrolyte for lithium batteries");
        addInventor(robot, "T001");
        editShare(robot, 0, "40");
        addInventor(robot, "T002");
        editShare(robot, 1, "35");
        addInventor(robot, "T003");
        TableView<InventorRow> inventors = robot.lookup("#inventorsTable").queryTableView();
        assertThat(inventors.getItems()).extracting(r -> r.shareProperty().get()).containsExactly("40", "35", "25");

        robot.interact(() -> org.transferdesk.ui.Screenshots.save(inventors.getScene(), "result-editor-new"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> harness.context.disclosures().count() == 1);

        TableView<DisclosureSummary> list = robot.lookup("#table").queryTableView();
        GuiHarness.waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).inventors()).isEqualTo("Zhang San、Li Si、Wang Wu");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().isEmpty());

        robot.doubleClickOn(GuiHarness.cell(robot, list, 0, list.getColumns().get(1)));
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().size() == 1);
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        GuiHarness.waitUntil(() -> "Solid electrolyte for lithium batteries".equals(title.getText()));
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write(" (v2)");
        robot.clickOn("#saveButton");
        long id = list.getItems().get(0).id();
        GuiHarness.waitUntil(() -> harness.context.disclosures().find(id).orElseThrow().title().endsWith("(v2)"));

        Disclosure saved = harness.context.disclosures().find(id).orElseThrow();
        assertThat(saved.inventors()).extracting(Inventor::staffNo).containsExactly("T001", "T002", "T003");
        assertThat(saved.inventors()).extracting(i -> i.share().percent().toPlainString()).containsExactly("40", "35", "25");
        assertThat(saved.inventors().get(0).keyContributor()).isTrue();
        assertThat(harness.context.disclosures().history(id)).hasSize(2);
        GuiHarness.waitUntil(() -> list.getItems().get(0).title().endsWith("(v2)"));
    }

    @Test
    void saveWithBadShares_listsProblems_andWritesNothing(FxRobot robot) {
        robot.clickOn("#newButton");
        GuiHarness.waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
        robot.clickOn("#titleField").write("Incomplete result");
        addInventor(robot, "T001");
        editShare(robot, 0, "90");
        robot.clickOn("#saveButton");
        GuiHarness.waitUntil(() -> robot.lookup("#problemsPanel").query().isVisible());
        assertThat(harness.context.disclosures().count()).isZero();
        List<String> problems = robot.lookup("#problemsList .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertThat(problems).anyMatch(p -> p.contains("100%"));
        robot.interact(() -> org.transferdesk.ui.Screenshots.save(robot.lookup("#problemsPanel").query().getScene(),
                "result-editor-problems"));
    }

    private static void addInventor(FxRobot robot, String staffNo) {
        TableView<InventorRow> table = robot.lookup("#inventorsTable").queryTableView();
        int before = table.getItems().size();
        robot.clickOn("#addInventorField").write(staffNo);
        GuiHarness.waitUntil(() -> robot.lookup(".auto-complete-popup .list-cell").tryQuery()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null).isPresent());
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").<javafx.scene.Node>query());
        GuiHarness.waitUntil(() -> table.getItems().size() == before + 1);
    }

    private static void editShare(FxRobot robot, int row, String share) {
        TableView<InventorRow> table = robot.lookup("#inventorsTable").queryTableView();
        robot.doubleClickOn(GuiHarness.cell(robot, table, row, table.getColumns().get(2)));
        robot.write(share).type(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> share.equals(table.getItems().get(row).shareProperty().get()));
    }
}
