package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.DealObligationService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.persistence.DealObligationRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Tag;

/** The obligations tab without a toolkit: unsaved deal, add/remove, local refusal, save, edits kept on reload. */
@Tag(TestDatabase.TAG)
class DealObligationsViewModelTest {
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    private Database db;
    private DealObligationService service;
    private DealObligationsViewModel vm;
    private Deal deal;
    private final List<Boolean> outcomes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount) VALUES ('JS-1', 'LICENSE', '许可', 0)");
        long id = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        deal = deal(id);
        service = new DealObligationService(new DealObligationRepository(db.dsl()), TestDatabase.CLOCK);
        vm = new DealObligationsViewModel(service, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Deal deal(Long id) {
        return DealBuilder.deal().mode(DealMode.LICENSE).id(id).contractNo("JS-1").title("许可")
                .contractAmount(BigDecimal.ZERO).pricing(PricingMethod.NEGOTIATED).status(DealStatus.SIGNED).build();
    }

    @Test
    void unsavedDeal_saysToSaveFirst_andOffersNoCommands() {
        vm.load(deal(null));
        assertThat(vm.messageProperty().get()).isEqualTo("请先保存合同，再填写合同义务。");
        assertThat(vm.dealSavedProperty().get()).isFalse();
        assertThat(vm.noCommands().get()).isTrue();
        vm.save(outcomes::add);
        assertThat(outcomes).containsExactly(false);
    }

    @Test
    void addEditSave_thenReloadShowsTheRows() {
        vm.load(deal);
        assertThat(vm.noCommands().get()).isFalse();
        assertThat(vm.lines()).isEmpty();

        DealObligationsViewModel.Line line = vm.add();
        assertThat(vm.selectedProperty().get()).isSameAs(line);
        assertThat(line.kindProperty().get()).isEqualTo(ObligationKind.REPORT);
        line.dueOnProperty().set(DUE);
        line.descriptionProperty().set("年度实施报告");
        assertThat(vm.isDirty()).isTrue();

        vm.save(outcomes::add);
        assertThat(outcomes).containsExactly(true);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("已保存 1 项合同义务。");
        assertThat(service.ofDeal(deal.id())).extracting(DealObligation::description).containsExactly("年度实施报告");

        DealObligationsViewModel other = new DealObligationsViewModel(service, new CurrentThreadTaskExecutor());
        other.load(deal);
        assertThat(other.current()).extracting(DealObligation::kind, DealObligation::dueOn, DealObligation::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ObligationKind.REPORT, DUE, "年度实施报告"));
    }

    @Test
    void incompleteRow_isRefusedWithItsRowNumber_andNothingIsSaved() {
        service.save(deal.id(), List.of(new DealObligation(null, ObligationKind.MILESTONE, DUE, "中试")));
        vm.load(deal);
        vm.add();

        vm.save(outcomes::add);
        assertThat(outcomes).containsExactly(false);
        assertThat(vm.problems()).containsExactly("第 2 项义务：请填写到期日。", "第 2 项义务：请填写义务内容。");
        assertThat(service.ofDeal(deal.id())).hasSize(1);
        assertThat(vm.lines()).hasSize(2);
    }

    @Test
    void remove_dropsTheSelectedRow_andSavingWritesTheShorterList() {
        service.save(deal.id(), List.of(new DealObligation(null, ObligationKind.MILESTONE, DUE, "中试"),
                new DealObligation(null, ObligationKind.OTHER, DUE, "保密")));
        vm.load(deal);
        assertThat(vm.noRemove().get()).isTrue();
        vm.selectedProperty().set(vm.lines().get(0));
        assertThat(vm.noRemove().get()).isFalse();
        vm.remove();
        assertThat(vm.lines()).hasSize(1);
        vm.save(outcomes::add);
        assertThat(service.ofDeal(deal.id())).extracting(DealObligation::description).containsExactly("保密");
    }

    @Test
    void theDealsOwnSave_reloadsButKeepsEditsNotYetSavedHere() {
        vm.load(deal);
        DealObligationsViewModel.Line line = vm.add();
        line.descriptionProperty().set("未保存");
        vm.load(deal);
        assertThat(vm.lines()).containsExactly(line);

        vm.lines().clear();
        vm.load(deal);
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.isDirty()).isFalse();
    }
}
