package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.search.SearchHit;

/** The deal screens inside the whole app: list by shortcut, editor with the diligence tab, deals of a result. */
class DealsGuiTest extends WholeAppGuiTest {
    private long resultId;

    @Start
    void start(Stage stage) {
        harness.context.demo().fill(10, 8, ProgressSink.NONE);
        SearchHit hit = harness.context.search().search("R-", 1).get(0);
        resultId = hit.id();
        harness.context.deals().save(DealBuilder.deal().mode(DealMode.TRANSFER).contractNo("GUI-T-001").title("成果转让测试")
                .results(List.of(new ResultRef(hit.id(), hit.code(), hit.title())))
                .contractAmount(new BigDecimal("500000.00")).pricing(PricingMethod.LISTED).status(DealStatus.DRAFT)
                .build());
        harness.start(stage);
    }

    @Test
    void dealListOpensByShortcut_andNewDealHasTheDiligenceTab(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> robot.lookup("#newDealButton").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#newDealButton").query().getScene().getRoot()
                .lookupAll(".table-view").stream().map(n -> (TableView<?>) n).findFirst().orElseThrow();
        GuiHarness.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.toString().contains("GUI-T-001")));

        robot.clickOn("#newDealButton");
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().keySet().stream().anyMatch(k -> k.startsWith("deal:")));
        GuiHarness.waitUntil(() -> robot.lookup(".tab-pane").queryAll().stream()
                .anyMatch(n -> ((TabPane) n).getTabs().stream().map(Tab::getText).anyMatch("尽职免责材料"::equals)));
    }

    @Test
    void resultEditor_listsTheDealsOfTheResult(FxRobot robot) {
        robot.interact(() -> harness.gui.openResult(resultId));
        GuiHarness.waitUntil(() -> robot.lookup("#dealsTable").tryQuery().isPresent());
        TableView<?> deals = robot.lookup("#dealsTable").queryTableView();
        GuiHarness.waitUntil(() -> deals.getItems().size() >= 1);
        assertThat(deals.getItems().toString()).contains("GUI-T-001");
    }
}
