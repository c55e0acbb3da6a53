package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Publicity;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;

/**
 * Issue 24, items 11 and 12 on screen: the 流程's 签订 step lists the signing checks before the click, its button
 * follows them, and a move with unsaved edits asks before saving them.
 */
@ExtendWith(ApplicationExtension.class)
@Tag(TestDatabase.TAG)
class DealFlowViewTest {
    // made before the toolkit's start, whose time is limited: the demo data take long on a busy machine
    private final DealUiFixture data = new DealUiFixture();
    private FxTaskExecutor executor;
    private DealEditorViewModel vm;
    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        executor = GuiTestStage.failingExecutor();
        vm = data.showEditor(stage, executor, dialogs);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    /** The 流程's lines as shown (dates and ✓/✗ checks). */
    static List<String> flowLines(FxRobot robot) {
        return robot.lookup("#flowBox .timeline-detail").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A negotiated licence in approval, approved, publicised from 2026-10-01 to 2026-10-16 (today: 2026-11-22). */
    private Deal inApproval() {
        Deal d = data.licence("XK-2026-01", data.counterparty("杭州某某新能源有限公司"), "300000.00");
        d = data.deals.changeStatus(DealBuilder.toBuilder(d).publicity(new Publicity(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 16), "校园网", null, List.of())).approvals(List.of(new Approval(null,
                ApprovalTier.SCIENCE_OFFICE, "科技处", LocalDate.of(2026, 10, 10), null, false))).build(),
                DealStatus.PUBLICITY);
        return data.deals.changeStatus(d, DealStatus.APPROVAL);
    }

    private void open(FxRobot robot, Deal d) throws Exception {
        boolean[] ready = new boolean[1];
        robot.interact(() -> vm.load(d.id(), () -> ready[0] = true));
        waitUntil(() -> ready[0]);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "statusTab".equals(t.getId())).findFirst().orElseThrow()));
    }

    private static void signedOn(FxRobot robot, LocalDate day) {
        DatePicker picker = robot.lookup("#signedOnField").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(day));
    }

    @Test
    void signingStep_showsItsChecksBeforeTheClick_andItsButtonFollowsThem(FxRobot robot) throws Exception {
        open(robot, inApproval());
        signedOn(robot, LocalDate.of(2026, 10, 16));
        String running = I18n.t("deal.publicity.running", LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 17));
        waitUntil(() -> flowLines(robot).contains("✗ " + running));
        assertThat(robot.lookup("#status-SIGNED").query().isDisabled()).isTrue();
        assertThat(flowLines(robot)).contains("✓ " + I18n.t("dealFlow.check.approved",
                ApprovalTier.SCIENCE_OFFICE.label()));

        signedOn(robot, LocalDate.of(2026, 10, 17));
        String served = I18n.t("dealFlow.check.publicityDone", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 16),
                15);
        waitUntil(() -> flowLines(robot).contains("✓ " + served));
        assertThat(flowLines(robot)).noneMatch(line -> line.startsWith("✗"));
        assertThat(robot.lookup("#status-SIGNED").query().isDisabled()).isFalse();
        robot.interact(() -> org.transferdesk.ui.Screenshots.save(robot.lookup("#flowBox").query().getScene(),
                "deal-timeline"));
    }

    /** Issue 24, item 12: the 签订 date typed is saved with the move only when the clerk says so. */
    @Test
    void aMoveWithUnsavedEdits_asksFirst(FxRobot robot) throws Exception {
        Deal d = inApproval();
        open(robot, d);
        signedOn(robot, LocalDate.of(2026, 10, 17));
        waitUntil(() -> !robot.lookup("#status-SIGNED").query().isDisabled());
        List<String> asked = new java.util.ArrayList<>();
        dialogs.onConfirm = asked::add;
        dialogs.confirmAnswer = false;
        robot.clickOn("#status-SIGNED");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(I18n.t("statusMoves.saveAndMove", DealStatus.SIGNED.label()));
        assertThat(robot.lookup("#problemsList .label").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly(I18n.t("editor.saveBeforeStatus"));
        assertThat(data.deals.find(d.id()).orElseThrow().status()).isEqualTo(DealStatus.APPROVAL);

        dialogs.confirmAnswer = true;
        robot.clickOn("#status-SIGNED");
        waitUntil(() -> vm.status().currentProperty().get() == DealStatus.SIGNED);
        Deal signed = data.deals.find(d.id()).orElseThrow();
        assertThat(signed.status()).isEqualTo(DealStatus.SIGNED);
        assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2026, 10, 17));
    }
}
