package org.transferdesk.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.KeystrokeComparisons;
import org.junit.jupiter.api.Tag;

/** The institution register's list and form, without the toolkit, on a clock in 2026. */
@Tag(TestDatabase.TAG)
class InstitutionRegisterViewModelTest {
    private final Database db = TestDatabase.fresh();
    private final CounterpartyService counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()),
            TestDatabase.CLOCK);
    private final InstitutionService service = new InstitutionService(new InstitutionRepository(db.dsl()),
            counterparties, TestDatabase.clockOn(LocalDate.of(2026, 3, 1)));
    private final FakeDialogService dialogs = new FakeDialogService();
    private final DataEvents events = new DataEvents();
    private InstitutionRegisterViewModel vm;
    private Counterparty company;

    @BeforeEach
    void setUp() {
        company = counterparties.save(Counterparty.create("甲科技有限公司"));
        service.save(new JointInstitution(null, "智能制造联合研究院", InstitutionKind.JOINT_RD, company.id(), null, 2021,
                null, "共建实验室", 0));
        service.save(new JointInstitution(null, "技术转移分中心", InstitutionKind.TRANSFER_BODY, null, "乙公司", 2019, 2024,
                null, 0));
        vm = new InstitutionRegisterViewModel(service, new CurrentThreadTaskExecutor(), dialogs, events);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void list_filtersByTextKindAndRunning_andCountsTheRunningOnes() {
        assertThat(vm.rows()).extracting(JointInstitution::name).containsExactly("智能制造联合研究院", "技术转移分中心");
        assertThat(vm.totalsProperty().get()).contains("2", "1");
        assertThat(vm.partners()).extracting(Counterparty::name).containsExactly("甲科技有限公司");

        vm.searchTextProperty().set("甲科技");
        assertThat(vm.rows()).extracting(JointInstitution::name).containsExactly("智能制造联合研究院");
        vm.searchTextProperty().set("实验室");
        assertThat(vm.rows()).hasSize(1);
        vm.searchTextProperty().set("");
        vm.kindFilterProperty().set(InstitutionKind.TRANSFER_BODY);
        assertThat(vm.rows()).extracting(JointInstitution::name).containsExactly("技术转移分中心");
        vm.kindFilterProperty().set(null);
        vm.runningOnlyProperty().set(true);
        assertThat(vm.rows()).extracting(JointInstitution::name).containsExactly("智能制造联合研究院");
        assertThat(vm.filterDescription()).isEqualTo("筛选：仅显示仍在运行的");
        assertThat(vm.visibleRowsForExport()).containsExactly(java.util.Arrays.asList("智能制造联合研究院",
                InstitutionKind.JOINT_RD.label(), "甲科技有限公司", 2021, null, "共建实验室"));
        assertThat(vm.exportHeaders()).hasSize(6);
    }

    @Test
    void form_addsARecordWithATypedPartner_andRefusesAFutureYearAndBadInput() {
        vm.newRecord();
        assertThat(vm.editingProperty().get()).isTrue();
        vm.nameProperty().set("成果转化平台");
        vm.kindProperty().set(InstitutionKind.PLATFORM);
        vm.partnerNameProperty().set("丙公司");
        vm.foundedYearProperty().set("2027");
        vm.save();
        assertThat(vm.problems()).singleElement().asString().contains("2027");
        assertThat(vm.editingProperty().get()).isTrue();

        vm.foundedYearProperty().set("二〇二五");
        vm.closedYearProperty().set("2024");
        vm.save();
        assertThat(vm.problems()).hasSize(2);

        vm.foundedYearProperty().set("2025");
        vm.closedYearProperty().set("2024");
        vm.save();
        assertThat(vm.problems()).singleElement().asString().contains("2024", "2025");

        vm.closedYearProperty().set(" ");
        vm.save();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(dialogs.notices).isNotEmpty();
        assertThat(service.findAll()).extracting(JointInstitution::name, JointInstitution::partnerName,
                JointInstitution::foundedYear).contains(org.assertj.core.groups.Tuple.tuple("成果转化平台", "丙公司", 2025));
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void form_editsWithAPartnerFromTheCounterparties_andDeletesAfterConfirmation() {
        JointInstitution first = vm.rows().get(0);
        vm.edit(first);
        assertThat(vm.partnerProperty().get()).isEqualTo(company);
        assertThat(vm.partnerNameProperty().get()).isNull();
        assertThat(vm.foundedYearProperty().get()).isEqualTo("2021");
        vm.closedYearProperty().set("2026");
        vm.save();
        assertThat(service.find(first.id()).orElseThrow().closedYear()).isEqualTo(2026);

        vm.cancelEdit();
        assertThat(vm.editingProperty().get()).isFalse();
        dialogs.confirmAnswer = false;
        vm.delete(vm.rows().get(0));
        assertThat(service.findAll()).hasSize(2);
        dialogs.confirmAnswer = true;
        vm.delete(vm.rows().get(0));
        assertThat(service.findAll()).hasSize(1);
        assertThat(vm.rows()).hasSize(1);
        vm.delete(null);
        assertThat(service.findAll()).hasSize(1);
    }

    @Test
    void aDataChangeElsewhere_reloadsTheList() {
        service.save(new JointInstitution(null, "新平台", InstitutionKind.OTHER, null, "丁公司", 2026, null, null, 0));
        assertThat(vm.rows()).hasSize(2);
        events.allChanged();
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void typingIntoTheSortedList_comparesNoRows() {
        assertThat(KeystrokeComparisons.count(vm.sortedRows(), vm.searchTextProperty())).isZero();
    }
}
