package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealFlow;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;

/**
 * Issue 24, items 11 and 12 in the deal editor: what it fills in for the clerk (the approval tier, the publicity's last
 * day, the next contract number), the warning on money received before signing, the 流程 and a status move with
 * unsaved edits.
 */
@Tag(TestDatabase.TAG)
class DealFlowEditorViewModelTest {
    private DealUiFixture data;
    private final FakeDialogService dialogs = new FakeDialogService();
    private DealEditorViewModel vm;
    private Counterparty cp;

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.CHINESE);
        data = new DealUiFixture();
        cp = data.counterparty("杭州某某新能源有限公司");
        vm = new DealEditorViewModel(data.deals, data.counterparties, data.search, new CurrentThreadTaskExecutor(),
                dialogs, new DataEvents());
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    /**
     * R-APPROVAL with the tiers the database starts with: up to 200万 inclusive the technology office, then the
     * vice-president, and from 500万 itself the president's office meeting (V26 corrected V2's seed, which gave
     * exactly 500万 to the vice-president).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            '1,999,999.99', SCIENCE_OFFICE
            '2,000,000.00', SCIENCE_OFFICE
            '2,000,000.01', VICE_PRESIDENT
            '4,999,999.99', VICE_PRESIDENT
            '5,000,000.00', PRESIDENT_MEETING
            '5,000,000.01', PRESIDENT_MEETING
            """)
    void aNewApproval_startsWithTheTierTheAmountNeeds(String amount, ApprovalTier tier) {
        vm.load(null, () -> { });
        vm.terms().contract().amount().set(amount);
        assertThat(vm.approvals().form().tier().get()).isEqualTo(tier);
    }

    @Test
    void theSuggestedTier_followsTheAmount_untilTheClerkChoosesAnother_andComesBackAfterAnAdd() {
        vm.load(null, () -> { });
        vm.terms().contract().amount().set("300,000");
        assertThat(vm.approvals().form().tier().get()).isEqualTo(ApprovalTier.SCIENCE_OFFICE);
        vm.terms().contract().amount().set("6,000,000");
        assertThat(vm.approvals().form().tier().get()).isEqualTo(ApprovalTier.PRESIDENT_MEETING);
        vm.approvals().form().tier().set(ApprovalTier.VICE_PRESIDENT);
        vm.terms().contract().amount().set("300,000");
        assertThat(vm.approvals().form().tier().get()).as("the clerk's choice stays").isEqualTo(ApprovalTier.VICE_PRESIDENT);
        vm.approvals().form().approver().set("分管副校长");
        vm.approvals().form().approvedOn().set(LocalDate.of(2026, 11, 20));
        assertThat(vm.approvals().add()).isTrue();
        assertThat(vm.approvals().form().tier().get()).isEqualTo(ApprovalTier.SCIENCE_OFFICE);
    }

    /** R-PUB-PRICE counts calendar days (the setting's default), so weekends and holidays are inside the period. */
    @ParameterizedTest(name = "publicity from {0} → last day {1}")
    @CsvSource(textBlock = """
            2026-12-04, 2026-12-19
            2026-09-30, 2026-10-15
            2026-12-31, 2027-01-15
            """)
    void theStartTyped_fillsInTheEarliestLegalLastDay(LocalDate start, LocalDate end) {
        vm.load(null, () -> { });
        vm.publicity().notice().startsOn().set(start);
        assertThat(vm.publicity().notice().endsOn().get()).isEqualTo(end);
    }

    @Test
    void aLastDayTheClerkTyped_isKept_whileOneFilledInFollowsTheStart() {
        vm.load(null, () -> { });
        vm.publicity().notice().startsOn().set(LocalDate.of(2026, 12, 4));
        vm.publicity().notice().startsOn().set(LocalDate.of(2026, 12, 7));
        assertThat(vm.publicity().notice().endsOn().get()).isEqualTo(LocalDate.of(2026, 12, 22));
        vm.publicity().notice().endsOn().set(LocalDate.of(2026, 12, 31));
        vm.publicity().notice().startsOn().set(LocalDate.of(2026, 12, 8));
        assertThat(vm.publicity().notice().endsOn().get()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aLoadedDeal_keepsItsLastDay_andIsNotMadeDirty() {
        Deal saved = data.licence("XK-2026-01", cp, "300000.00");
        saved = data.deals.save(DealBuilder.toBuilder(saved).publicity(new org.transferdesk.deal.Publicity(
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 1), "校园网", null, List.of())).build());
        vm.load(saved.id(), () -> { });
        assertThat(vm.publicity().notice().endsOn().get()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(vm.publicity().notice().earliestEnd().get()).contains("2026-11-30");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void aNewDeal_isOfferedTheNextContractNumber_afterTheGaps() {
        data.transfer("HT-2026-0001", cp, "100000.00", null, null);
        data.transfer("HT-2026-0002", cp, "100000.00", null, null);
        data.transfer("HT-2026-0005", cp, "100000.00", null, null);
        data.transfer("HT-2025-0031", cp, "100000.00", null, null);
        vm.load(null, () -> { });
        assertThat(vm.terms().contract().contractNo().get()).isEqualTo("HT-2026-0006");
        assertThat(vm.isDirty()).as("an offered number is no edit").isFalse();
    }

    @Test
    void moneyReceivedOnAnUnsignedDeal_isWarnedAbout_butSaved() {
        Deal unsigned = data.transfer("HT-2026-0001", cp, "100000.00", null, null);
        vm.load(unsigned.id(), () -> { });
        assertThat(vm.receipts().unsignedWarningProperty().get()).isEmpty();
        vm.receipts().form().receivedOn().set(LocalDate.of(2026, 11, 20));
        vm.receipts().form().amount().set("20000");
        assertThat(vm.receipts().add()).isTrue();
        assertThat(vm.receipts().unsignedWarningProperty().get())
                .isEqualTo(I18n.t("dealMoney.receiptUnsigned", "20,000.00"));
        boolean[] saved = new boolean[1];
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).as(vm.problems().toString()).isTrue();
    }

    @Test
    void moneyReceivedOnASignedDeal_isNotWarnedAbout() {
        Deal d = data.transfer("HT-2026-0001", cp, "100000.00", "30000.00", LocalDate.of(2026, 10, 8));
        d = data.deals.save(DealBuilder.toBuilder(d).status(DealStatus.SIGNED).approvals(List.of(new Approval(null,
                ApprovalTier.SCIENCE_OFFICE, "科技处", LocalDate.of(2026, 10, 1), null, false))).build());
        vm.load(d.id(), () -> { });
        assertThat(vm.receipts().rows()).hasSize(1);
        assertThat(vm.receipts().unsignedWarningProperty().get()).isEmpty();
    }

    private DealFlow.Step step(DealFlow.StepKind kind) {
        return vm.flow().steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theFlow_followsTheEdits_beforeTheyAreSaved() {
        Deal d = data.licence("XK-2026-01", cp, "300000.00");
        d = data.deals.changeStatus(DealBuilder.toBuilder(d).publicity(new org.transferdesk.deal.Publicity(
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 16), "校园网", null, List.of())).build(),
                DealStatus.PUBLICITY);
        d = data.deals.changeStatus(d, DealStatus.APPROVAL);
        vm.load(d.id(), () -> { });
        assertThat(step(DealFlow.StepKind.SIGNED).state()).isEqualTo(DealFlow.State.BLOCKED);

        vm.approvals().form().approver().set("科技处");
        vm.approvals().form().approvedOn().set(LocalDate.of(2026, 10, 10));
        assertThat(vm.approvals().add()).isTrue();
        vm.terms().contract().signedOn().set(LocalDate.of(2026, 10, 16));
        assertThat(step(DealFlow.StepKind.SIGNED).state()).isEqualTo(DealFlow.State.BLOCKED);
        assertThat(step(DealFlow.StepKind.SIGNED).checks()).extracting(DealFlow.Check::text).contains(
                I18n.t("deal.publicity.running", LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 17)));
        // what the save would refuse besides the signing rules is listed too (today is 2026-11-22)
        vm.terms().contract().signedOn().set(LocalDate.of(2026, 11, 23));
        assertThat(step(DealFlow.StepKind.SIGNED).state()).isEqualTo(DealFlow.State.BLOCKED);
        vm.terms().contract().signedOn().set(LocalDate.of(2026, 10, 17));
        assertThat(step(DealFlow.StepKind.SIGNED).state()).isEqualTo(DealFlow.State.OPEN);
        assertThat(step(DealFlow.StepKind.SIGNED).checks()).allMatch(DealFlow.Check::ok);
        vm.changeStatus(DealStatus.SIGNED);
        assertThat(vm.status().currentProperty().get()).as(vm.problems().toString()).isEqualTo(DealStatus.SIGNED);
    }

    /** Issue 24, item 12: a status move does not save unsaved edits unseen. */
    @Test
    void aMoveWithUnsavedEdits_asksFirst_andADeclinedMoveWritesNothing() {
        Deal d = data.transfer("HT-2026-0001", cp, "100000.00", null, null);
        vm.load(d.id(), () -> { });
        vm.terms().contract().title().set("改过的名称");
        List<String> asked = new java.util.ArrayList<>();
        dialogs.onConfirm = asked::add;
        dialogs.confirmAnswer = false;
        vm.changeStatus(DealStatus.APPROVAL);
        assertThat(asked).containsExactly(I18n.t("statusMoves.saveAndMove", DealStatus.APPROVAL.label()));
        assertThat(vm.status().currentProperty().get()).isEqualTo(DealStatus.DRAFT);
        assertThat(vm.problems()).containsExactly(I18n.t("editor.saveBeforeStatus"));
        assertThat(data.deals.find(d.id()).orElseThrow().title()).isEqualTo("转让 HT-2026-0001");

        dialogs.confirmAnswer = true;
        vm.changeStatus(DealStatus.APPROVAL);
        Deal moved = data.deals.find(d.id()).orElseThrow();
        assertThat(moved.status()).isEqualTo(DealStatus.APPROVAL);
        assertThat(moved.title()).isEqualTo("改过的名称");

        asked.clear();
        vm.changeStatus(DealStatus.SIGNED);
        assertThat(asked).as("nothing unsaved: no question").isEmpty();
    }
}
