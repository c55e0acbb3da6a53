package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.DueService;
import org.transferdesk.due.ui.DueView;

/**
 * The Due screen (待办): an overdue instalment is listed under "overdue", marked done with Ctrl+D, and gone; the
 * coming year without holiday arrangements is warned above the list.
 */
class DueGuiTest extends WholeAppGuiTest {
    private long instalmentId;

    @Start
    void start(Stage stage) {
        harness.context.office().set(DueService.REMIND_FROM, LocalDate.of(2000, 1, 1), "2000-01-01");
        Deal deal = new DealRepository(harness.context.database().dsl()).save(DealBuilder.deal().mode(DealMode.LICENSE)
                .contractNo("GUI-D-001").title("催收测试许可").signedOn(LocalDate.of(2026, 9, 1))
                .contractAmount(new BigDecimal("50000.00")).pricing(PricingMethod.LISTED).status(DealStatus.SIGNED)
                .instalments(List.of(new Instalment(null, LocalDate.of(2026, 11, 1), new BigDecimal("50000.00"), "签约后两月内")))
                .build(), "test", LocalDateTime.of(2026, 9, 1, 9, 0));
        instalmentId = deal.instalments().get(0).id();
        harness.start(stage);
    }

    @Test
    void overdueInstalment_markedDone_disappears(FxRobot robot) {
        GuiHarness.waitUntil(() -> robot.lookup("#badge-DUE").tryQuery().isPresent());
        int badgeBefore = Integer.parseInt(((Label) robot.lookup("#badge-DUE").query()).getText());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> robot.lookup("#tree").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeTableView<DueView.Row> tree = (TreeTableView<DueView.Row>) robot.lookup("#tree").query();
        GuiHarness.waitUntil(() -> instalmentRow(tree) != null);
        Label gap = robot.lookup("#calendarGap").queryAs(Label.class);
        GuiHarness.waitUntil(gap::isVisible);
        assertThat(gap.getText()).as("22 Nov + 90 days reaches 2027, which has no arrangements")
                .contains("2027 年的节假日安排尚未录入", "工作日历");
        robot.interact(() -> org.transferdesk.ui.Screenshots.save(tree.getScene(), "due-calendar-gap"));
        // issue 24, item 7: the overdue instalment is money owed, after what is lost for good (last year's report)
        assertThat(robot.lookup("#attentionKinds").queryLabeled().getText()).startsWith("需要关注：年度报告 1 · 应收款 1");
        TreeItem<DueView.Row> moneyGroup = tree.getRoot().getChildren().get(1);
        assertThat(moneyGroup.getValue().group().overdue()).isTrue();
        assertThat(moneyGroup.getChildren()).contains(instalmentRow(tree));

        robot.interact(() -> tree.getSelectionModel().select(instalmentRow(tree)));
        robot.clickOn("#noteField").write("已电话催收，对方承诺月底付款");
        robot.interact(tree::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);

        try {
            GuiHarness.waitUntil(() -> instalmentRow(tree) == null);
        } catch (AssertionError e) {
            throw new AssertionError("error: " + ((Label) robot.lookup("#errorLabel").query()).getText() + " selected: "
                    + tree.getSelectionModel().getSelectedItem() + " focus: " + tree.getScene().getFocusOwner(), e);
        }
        var mark = harness.context.due().doneMarks().stream()
                .filter(m -> m.key().equals("INSTALMENT:" + instalmentId)).findFirst().orElseThrow();
        assertThat(mark.doneOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(mark.doneBy()).isNotBlank();
        assertThat(mark.note()).isEqualTo("已电话催收，对方承诺月底付款");
        GuiHarness.waitUntil(() -> badgeText(robot).equals(String.valueOf(badgeBefore - 1)));
    }

    private static String badgeText(FxRobot robot) {
        return robot.lookup("#badge-DUE").tryQuery().map(n -> ((Label) n).getText()).orElse("0");
    }

    private TreeItem<DueView.Row> instalmentRow(TreeTableView<DueView.Row> tree) {
        return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .filter(i -> i.getValue().item().key().equals("INSTALMENT:" + instalmentId)).findFirst().orElse(null);
    }
}
