package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealRepository;

/**
 * 年度报告: opened from the navigation on the last complete year (2025), the project list in its tab, Enter
 * on a data check opens the contract, Ctrl+S saves the text.
 */
class ReportGuiTest extends WholeAppGuiTest {
    private long dealId;

    @Start
    void start(Stage stage) {
        Deal deal = new DealRepository(harness.context.database().dsl()).save(DealBuilder.deal().mode(DealMode.LICENSE)
                .contractNo("RPT-L-001").licenseKind(LicenseKind.ORDINARY).title("报告测试许可")
                .signedOn(LocalDate.of(2025, 3, 1)).contractAmount(new BigDecimal("300000.00"))
                .pricing(PricingMethod.LISTED).status(DealStatus.SIGNED)
                .receipts(List.of(new Receipt(null, LocalDate.of(2025, 4, 1), new BigDecimal("100000.00"), "V1", null)))
                .build(),
                "test", LocalDateTime.of(2025, 3, 1, 9, 0));
        dealId = deal.id();
        harness.start(stage);
    }

    @Test
    void reportPage_projectList_checkOpensRecord_ctrlSSavesText(FxRobot robot) {
        robot.clickOn("#nav-REPORT");
        GuiHarness.waitUntil(() -> robot.lookup("#projectTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> projects = robot.lookup("#projectTable").queryAs(TableView.class);
        GuiHarness.waitUntil(() -> projects.getItems().size() == 1);
        Label warning = robot.lookup("#warningLabel").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("2");

        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB).press(KeyCode.TAB).release(KeyCode.TAB,
                KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 2);
        assertThat(projects.isVisible()).isTrue();
        assertThat(GuiHarness.cell(robot, projects, 0, projects.getColumns().get(1)).getText())
                .isEqualTo("报告测试许可");

        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<?> checks = robot.lookup("#checksTable").queryAs(TableView.class);
        assertThat(checks.getItems()).hasSize(2);
        robot.interact(() -> {
            checks.requestFocus();
            checks.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().containsKey("deal:" + dealId));
        robot.interact(() -> harness.gui.editors().discardAll());

        robot.interact(() -> tabs.getSelectionModel().select(4));
        TextField staff = robot.lookup("#staffField").queryAs(TextField.class);
        robot.clickOn(staff).write("7");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> Integer.valueOf(7).equals(harness.context.reports().text(2025).officeStaff()));
    }
}
