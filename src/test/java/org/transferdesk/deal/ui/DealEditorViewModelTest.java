package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/** The deal editor view model without the JavaFX toolkit. */
@Tag(TestDatabase.TAG)
class DealEditorViewModelTest {
    private DealUiFixture data;
    private final DataEvents events = new DataEvents();
    private final FakeDialogService dialogs = new FakeDialogService();
    private DealEditorViewModel vm;
    private Counterparty licensee;
    private final java.util.List<DataEvents.Change> published = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.CHINESE);
        data = new DealUiFixture();
        licensee = data.counterparty("杭州某某新能源有限公司");
        events.subscribe(published::add);
        vm = new DealEditorViewModel(data.deals, data.counterparties, data.search, new CurrentThreadTaskExecutor(),
                dialogs, events);
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    /** Issue 22: a technology manager's new deal is theirs; anyone else's is nobody's until chosen. */
    @org.junit.jupiter.api.Test
    void newDeal_isATechnologyManagersOwn_andNobodysForAClerk() {
        var zhangmin = new org.transferdesk.ui.Assignees.Assignee("zhangmin", "张敏");
        DealEditorViewModel manager = new DealEditorViewModel(data.deals, data.counterparties, data.search,
                () -> new org.transferdesk.ui.Assignees.Options(java.util.List.of(zhangmin), "zhangmin", true),
                new CurrentThreadTaskExecutor(), dialogs, events);
        manager.load(null, () -> { });
        assertThat(manager.terms().manager().login()).isEqualTo("zhangmin");
        assertThat(manager.terms().manager().lockedProperty().get()).isTrue();
        assertThat(manager.isDirty()).isFalse();
        assertThat(manager.current().managerLogin()).isEqualTo("zhangmin");

        DealEditorViewModel clerk = new DealEditorViewModel(data.deals, data.counterparties, data.search,
                () -> new org.transferdesk.ui.Assignees.Options(java.util.List.of(zhangmin), null, true),
                new CurrentThreadTaskExecutor(), dialogs, events);
        clerk.load(null, () -> { });
        assertThat(clerk.terms().manager().login()).isNull();
        assertThat(clerk.terms().manager().choices()).containsExactly(null, zhangmin);
        clerk.terms().manager().selectedProperty().set(zhangmin);
        assertThat(clerk.current().managerLogin()).isEqualTo("zhangmin");
    }

    /** Issue 24, item 6: 新建… in the 对方 picker saves the typed name as a counterparty and makes it the deal's. */
    @org.junit.jupiter.api.Test
    void aCounterpartyTypedInThePickerIsSavedAndChosen() {
        vm.load(null, () -> { });
        java.util.concurrent.atomic.AtomicReference<Counterparty> chosen = new java.util.concurrent.atomic.AtomicReference<>();
        vm.terms().newCounterparty("苏州新材料科技有限公司", chosen::set);

        assertThat(chosen.get().id()).isNotNull();
        assertThat(chosen.get().name()).isEqualTo("苏州新材料科技有限公司");
        assertThat(vm.terms().counterparties()).contains(chosen.get());
        assertThat(data.counterparties.findAll()).extracting(Counterparty::name).contains("苏州新材料科技有限公司");

        vm.terms().newCounterparty(" ", c -> chosen.set(null));
        assertThat(chosen.get()).isNotNull();
        assertThat(dialogs.errors).isNotEmpty();
    }

    private void fillLicence() {
        vm.load(null, () -> { });
        DealTermsViewModel t = vm.terms();
        t.contract().contractNo().set("XK-2026-01");
        t.contract().title().set("固态电解质普通许可");
        t.contract().mode().set(DealMode.LICENSE);
        t.contract().licenseKind().set(LicenseKind.ORDINARY);
        t.contract().counterparty().set(vm.terms().counterparties().get(0));
        t.contract().amount().set("300,000");
        t.contract().pricing().set(PricingMethod.NEGOTIATED);
        vm.results().link(data.result(0));
        vm.publicity().notice().startsOn().set(LocalDate.of(2026, 11, 15));
        vm.publicity().notice().endsOn().set(LocalDate.of(2026, 12, 1));
        vm.instalments().form().dueOn().set(LocalDate.of(2026, 11, 1));
        vm.instalments().form().amount().set("100000");
        assertThat(vm.instalments().add()).isTrue();
        vm.instalments().form().dueOn().set(LocalDate.of(2027, 6, 30));
        vm.instalments().form().amount().set("200000");
        assertThat(vm.instalments().add()).isTrue();
    }

    @Test
    void save_blocksOnErrors_writesNothing_thenSavesWhenValid() {
        vm.load(null, () -> { });
        assertThat(vm.windowTitleProperty().get()).isEqualTo("新建合同");
        vm.terms().contract().mode().set(DealMode.LICENSE);
        vm.terms().contract().amount().set("三十万");
        vm.validateField("contractAmount");
        assertThat(vm.fieldErrors().get("contractAmount")).contains("不是金额");
        vm.save(ok -> assertThat(ok).isFalse());
        assertThat(vm.problems()).anyMatch(p -> p.contains("不是金额"))
                .anyMatch(p -> p.contains("至少要关联一项成果"));
        assertThat(data.deals.count()).isZero();

        fillLicence();
        assertThat(vm.results().results()).hasSize(1);
        assertThat(vm.isDirty()).isTrue();
        boolean[] saved = new boolean[1];
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).as(vm.problems().toString()).isTrue();
        assertThat(data.deals.count()).isEqualTo(1);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.windowTitleProperty().get()).isEqualTo("合同 XK-2026-01 · 固态电解质普通许可");
        assertThat(published).anyMatch(c -> c.kind() == DataEvents.Change.Kind.DEAL);
        assertThat(vm.auditHistory()).isNotEmpty();
        assertThat(vm.status().allowedNext()).contains(DealStatus.PUBLICITY);
        assertThat(vm.requiredApprovalProperty().get()).isNotEmpty();
        assertThat(vm.publicity().notice().earliestEnd().get()).contains("2026-11-30");
    }

    @Test
    void warnings_areShown_butDoNotBlock() {
        fillLicence();
        vm.terms().contract().amount().set("250000");
        boolean[] saved = new boolean[1];
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).isTrue();
        assertThat(vm.problems()).singleElement().satisfies(p -> assertThat(p).contains("高于合同金额"));
    }

    @Test
    void outstandingAndOverdue_followTheRows() {
        fillLicence();
        assertThat(vm.positionProperty().get().outstanding()).isEqualByComparingTo("300000.00");
        assertThat(vm.positionProperty().get().overdue()).isEqualByComparingTo("100000.00");
        vm.save(ok -> { });
        Deal saved = data.deals.list().isEmpty() ? null : data.deals.find(data.deals.list().get(0).id()).orElseThrow();
        assertThat(saved).isNotNull();
        assertThat(vm.receipts().savedInstalments()).hasSize(2);

        vm.receipts().form().receivedOn().set(LocalDate.of(2026, 11, 20));
        vm.receipts().form().amount().set("60000");
        vm.receipts().form().instalment().set(vm.receipts().savedInstalments().get(0));
        assertThat(vm.receipts().add()).isTrue();
        assertThat(vm.positionProperty().get().outstanding()).isEqualByComparingTo("240000.00");
        assertThat(vm.positionProperty().get().overdue()).isEqualByComparingTo("40000.00");
        assertThat(vm.positionTextProperty().get()).contains("未收 240,000.00 元");

        vm.receipts().form().receivedOn().set(LocalDate.of(2026, 11, 21));
        vm.receipts().form().amount().set("-10000");
        assertThat(vm.receipts().add()).as("a refund is a negative receipt").isTrue();
        assertThat(vm.positionProperty().get().received()).isEqualByComparingTo("50000.00");

        vm.receipts().form().amount().set("abc");
        assertThat(vm.receipts().add()).isFalse();
        assertThat(vm.receipts().errorProperty().get()).isNotEmpty();
    }

    @Test
    void signingBeforePublicityEnded_isRefusedWithTheServiceMessage() {
        fillLicence();
        vm.save(ok -> { });
        vm.changeStatus(DealStatus.PUBLICITY);
        assertThat(vm.status().currentProperty().get()).isEqualTo(DealStatus.PUBLICITY);
        vm.changeStatus(DealStatus.APPROVAL);
        assertThat(vm.status().allowedNext()).contains(DealStatus.SIGNED);
        vm.approvals().form().tier().set(ApprovalTier.PRESIDENT_MEETING);
        vm.approvals().form().approvedOn().set(LocalDate.of(2026, 11, 20));
        assertThat(vm.approvals().add()).as("an approval names its approver").isFalse();
        vm.approvals().form().approver().set("校长办公会");
        assertThat(vm.approvals().add()).isTrue();
        vm.terms().contract().signedOn().set(LocalDate.of(2026, 11, 22));
        vm.changeStatus(DealStatus.SIGNED);
        assertThat(vm.status().currentProperty().get()).isEqualTo(DealStatus.APPROVAL);
        assertThat(vm.problems()).contains(I18n.t("deal.publicity.running", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 2)));
        long id = data.deals.list().get(0).id();
        assertThat(data.deals.find(id).orElseThrow().status()).isEqualTo(DealStatus.APPROVAL);

        vm.receipts().form().receivedOn().set(LocalDate.of(2026, 11, 21));
        vm.receipts().form().amount().set("60000");
        vm.receipts().form().instalment().set(vm.receipts().savedInstalments().get(0));
        assertThat(vm.receipts().add()).isTrue();
        boolean[] saved = new boolean[1];
        vm.save(ok -> saved[0] = ok);
        assertThat(saved[0]).as(vm.problems().toString()).isTrue();
        assertThat(data.deals.find(id).orElseThrow().receipts()).hasSize(1);
    }

    @Test
    void reopenedDeal_isNotDirty_andEquityTabValuesRoundTrip() {
        fillLicence();
        vm.save(ok -> { });
        long id = data.deals.list().get(0).id();
        DealEditorViewModel again = new DealEditorViewModel(data.deals, data.counterparties, data.search,
                new CurrentThreadTaskExecutor(), dialogs, events);
        again.load(id, () -> { });
        assertThat(again.isDirty()).isFalse();
        assertThat(again.terms().licenceProperty().get()).isTrue();
        again.terms().contract().title().set("改名");
        assertThat(again.isDirty()).isTrue();
    }

    /** A tab that writes its own rows (as obligations do): records the order the session's save runs in. */
    private static final class OwnRowsTab implements DealTab {
        private final java.util.List<String> log;
        private boolean edits;
        private final boolean saves;

        OwnRowsTab(java.util.List<String> log, boolean saves) {
            this.log = log;
            this.saves = saves;
        }

        @Override
        public void show(Deal deal) {
            log.add("shown " + deal.contractNo());
        }

        @Override
        public boolean hasOwnEdits() {
            return edits;
        }

        @Override
        public void saveOwn(java.util.function.Consumer<Boolean> after) {
            log.add("tab saved");
            edits = !saves;
            after.accept(saves);
        }
    }

    private Deal savedLicence(java.util.List<String> log, OwnRowsTab tab) {
        vm.addTab(tab);
        fillLicence();
        vm.session().save(ok -> log.add("first save " + ok));
        return data.deals.find(vm.current().id()).orElseThrow();
    }

    @Test
    void sessionSave_withTabEditsOnly_savesTheTabAlone_andTheTabMakesTheEditorDirty() {
        java.util.List<String> log = new java.util.ArrayList<>();
        OwnRowsTab tab = new OwnRowsTab(log, true);
        Deal first = savedLicence(log, tab);
        // a new deal is offered the next contract number (issue 24)
        assertThat(log).containsExactly("shown HT-2026-0001", "shown XK-2026-01", "first save true");
        assertThat(vm.isDirty()).isFalse();
        tab.edits = true;
        assertThat(vm.isDirty()).isTrue();
        log.clear();

        vm.session().save(ok -> log.add("saved " + ok));

        assertThat(log).containsExactly("tab saved", "saved true");
        assertThat(data.deals.find(first.id()).orElseThrow().version()).isEqualTo(first.version());
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void sessionSave_withDealAndTabEdits_savesTheDealFirst_thenTheTab_andReportsTheTabsRefusal() {
        java.util.List<String> log = new java.util.ArrayList<>();
        OwnRowsTab tab = new OwnRowsTab(log, false);
        Deal first = savedLicence(log, tab);
        vm.terms().contract().title().set("固态电解质普通许可（变更）");
        tab.edits = true;
        log.clear();

        vm.session().save(ok -> log.add("saved " + ok));

        assertThat(log).containsExactly("shown XK-2026-01", "tab saved", "saved false");
        assertThat(data.deals.find(first.id()).orElseThrow().title()).isEqualTo("固态电解质普通许可（变更）");
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void sessionSave_refusedDeal_leavesTheTabUnsaved() {
        java.util.List<String> log = new java.util.ArrayList<>();
        OwnRowsTab tab = new OwnRowsTab(log, true);
        savedLicence(log, tab);
        vm.terms().contract().amount().set("三十万");
        tab.edits = true;
        log.clear();

        vm.session().save(ok -> log.add("saved " + ok));

        assertThat(log).containsExactly("saved false");
        assertThat(vm.problems()).anyMatch(p -> p.contains("不是金额"));
    }
}
