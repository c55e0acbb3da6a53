package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Deal;
import org.transferdesk.TestDatabase;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.LabelsForFields;

/**
 * The walk-through in the editor: a negotiated licence with two instalments, signing refused
 * while its publicity runs, a receipt recorded and the outstanding amount updated.
 */
@ExtendWith(ApplicationExtension.class)
@Tag(TestDatabase.TAG)
class DealEditorViewTest {
    private DealUiFixture data;
    private FxTaskExecutor executor;
    private DealEditorViewModel vm;
    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        data = new DealUiFixture();
        data.counterparty("杭州某某新能源有限公司");
        executor = GuiTestStage.failingExecutor();
        vm = data.showEditor(stage, executor, dialogs);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static void date(FxRobot robot, String id, LocalDate value) {
        DatePicker picker = robot.lookup(id).queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(value));
    }

    private static List<String> problems(FxRobot robot) {
        return robot.lookup("#problemsList .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** The history tab is the editors' shared one (HistoryTab): one summary line a save, its changes below. */
    @Test
    void historyTab_isTheSharedTabWithTheDealEditorsWiderDetails(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        javafx.scene.control.Tab history = tabs.getTabs().get(tabs.getTabs().size() - 1);
        assertThat(history.getId()).isEqualTo("historyTab");
        assertThat(history.getText()).isEqualTo(I18n.t("editor.tab.history"));
        TableView<?> audit = (TableView<?>) history.getContent().lookup("#auditTable");
        assertThat(audit.getColumns()).extracting(c -> c.getText()).containsExactly(I18n.t("history.at"),
                I18n.t("history.actor"), I18n.t("history.action"), I18n.t("history.summary"));
        assertThat(history.getContent().lookup("#auDetails")).as("the selected save's changes, below the table")
                .isNotNull();
    }

    @Test
    void negotiatedLicence_signingRefusedDuringPublicity_receiptUpdatesOutstanding(FxRobot robot) throws Exception {
        boolean[] ready = new boolean[1];
        robot.interact(() -> vm.load(null, () -> ready[0] = true));
        waitUntil(() -> ready[0]);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(robot.lookup("#tabs").queryAs(TabPane.class).getScene().getRoot());

        robot.clickOn("#contractNoField").write("XK-2026-07");
        robot.clickOn("#titleField").write("Solid electrolyte licence");
        choose(robot, "#modeField", DealMode.LICENSE);
        assertThat(robot.lookup("#licenseKindField").query().isDisabled()).isFalse();
        // R-PAT-OPEN: 开放许可 is one of the statutory licence kinds offered
        assertThat(robot.lookup("#licenseKindField").<ComboBox<LicenseKind>>query().getItems())
                .contains(LicenseKind.EXCLUSIVE, LicenseKind.SOLE, LicenseKind.ORDINARY, LicenseKind.OPEN);
        choose(robot, "#licenseKindField", LicenseKind.EXCLUSIVE);
        // 对方 is found by typing (issue 24, item 6): its pinyin initials, Enter takes the first match
        Counterparty first = vm.terms().counterparties().get(0);
        robot.clickOn("#counterpartyField").write(org.transferdesk.common.Pinyin.initials(first.name()))
                .type(javafx.scene.input.KeyCode.ENTER);
        assertThat(org.transferdesk.common.Pinyin.initials(vm.terms().contract().counterparty().get().name()))
                .isEqualTo(org.transferdesk.common.Pinyin.initials(first.name()));
        robot.clickOn("#amountField").write("300,000");
        choose(robot, "#pricingField", PricingMethod.NEGOTIATED);
        robot.clickOn("#resultLookupField").write(data.results.get(0).resultNo());
        robot.clickOn("#addResultButton");
        TableView<?> results = robot.lookup("#resultsTable").queryTableView();
        waitUntil(() -> results.getItems().size() == 1);

        tab(robot, "publicityTab");
        date(robot, "#pubStartField", LocalDate.of(2026, 11, 15));
        waitUntil(() -> robot.lookup("#earliestEndLabel").queryLabeled().getText().contains("2026-11-30"));
        date(robot, "#pubEndField", LocalDate.of(2026, 12, 1));
        robot.clickOn("#pubPlaceField").write("University website");

        tab(robot, "moneyTab");
        addInstalment(robot, LocalDate.of(2026, 11, 1), "100000");
        addInstalment(robot, LocalDate.of(2027, 6, 30), "200000");
        TableView<Instalment> instalments = robot.lookup("#instalmentsTable").queryTableView();
        assertThat(instalments.getItems()).hasSize(2);
        assertThat(robot.lookup("#positionLabel").queryLabeled().getText()).contains("未收 300,000.00 元");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> data.deals.count() == 1);
        waitUntil(() -> vm.savedProperty().get());

        tab(robot, "statusTab");
        robot.clickOn("#status-PUBLICITY");
        waitUntil(() -> vm.status().currentProperty().get() == DealStatus.PUBLICITY);
        robot.clickOn("#status-APPROVAL");
        waitUntil(() -> vm.status().currentProperty().get() == DealStatus.APPROVAL);

        tab(robot, "approvalTab");
        choose(robot, "#apTierField", ApprovalTier.PRESIDENT_MEETING);
        date(robot, "#apDateField", LocalDate.of(2026, 11, 20));
        robot.clickOn("#apApproverField").write("President's meeting");
        robot.clickOn("#apAddButton");
        assertThat(robot.lookup("#approvalsTable").queryTableView().getItems()).hasSize(1);
        tab(robot, "termsTab");
        date(robot, "#signedOnField", LocalDate.of(2026, 11, 22));

        tab(robot, "statusTab");
        String running = I18n.t("deal.publicity.running", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        // the 流程 shows the service's refusal before the click, and its 签订 button waits for it (issue 24)
        waitUntil(() -> DealFlowViewTest.flowLines(robot).contains("✗ " + running));
        assertThat(robot.lookup("#status-SIGNED").query().isDisabled()).isTrue();
        robot.interact(() -> vm.changeStatus(DealStatus.SIGNED));
        waitUntil(() -> !problems(robot).isEmpty() || vm.status().currentProperty().get() != DealStatus.APPROVAL);
        assertThat(problems(robot)).as(vm.problems().toString()).contains(running);
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isTrue();
        assertThat(vm.status().currentProperty().get()).isEqualTo(DealStatus.APPROVAL);
        long id = data.deals.list().get(0).id();
        assertThat(data.deals.find(id).orElseThrow().status()).isEqualTo(DealStatus.APPROVAL);

        tab(robot, "moneyTab");
        date(robot, "#rcDateField", LocalDate.of(2026, 11, 21));
        robot.clickOn("#rcAmountField").write("60000");
        choose(robot, "#rcInstalmentField", vm.receipts().savedInstalments().get(0));
        robot.clickOn("#rcAddButton");
        TableView<Receipt> receipts = robot.lookup("#receiptsTable").queryTableView();
        assertThat(receipts.getItems()).hasSize(1);
        assertThat(robot.lookup("#positionLabel").queryLabeled().getText())
                .contains("已到账 60,000.00 元").contains("未收 240,000.00 元").contains("逾期 40,000.00 元");

        robot.clickOn("#saveButton");
        waitUntil(() -> data.deals.find(id).orElseThrow().receipts().size() == 1);
        Deal saved = data.deals.find(id).orElseThrow();
        assertThat(data.deals.position(saved).outstanding()).isEqualByComparingTo("240000.00");
        assertThat(saved.instalments()).hasSize(2);
    }

    private static void addInstalment(FxRobot robot, LocalDate due, String amount) {
        date(robot, "#inDueField", due);
        robot.clickOn("#inAmountField").write(amount);
        robot.clickOn("#inAddButton");
    }
}
