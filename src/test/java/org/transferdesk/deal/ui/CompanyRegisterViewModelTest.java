package org.transferdesk.deal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyHolding;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.KeystrokeComparisons;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class CompanyRegisterViewModelTest {
    private Database db;
    private CounterpartyService service;
    private CompanyRegisterViewModel vm;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        service = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        vm = new CompanyRegisterViewModel(service, new CurrentThreadTaskExecutor(), new FakeDialogService(),
                new DataEvents());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void equityDeal(String no, long companyId, String amount, String share, String status) {
        db.executeRaw("INSERT INTO deal (contract_no, mode, title, contract_amount, status) VALUES ('" + no
                + "', 'EQUITY', '作价投资', " + amount + ", '" + status + "')");
        long id = ((Number) db.dsl().fetchValue("SELECT MAX(id) FROM deal")).longValue();
        db.executeRaw("INSERT INTO deal_equity (deal_id, company_id, university_share) VALUES (" + id + ", "
                + companyId + ", " + share + ")");
    }

    @Test
    void holdings_sumShareAndAmountOfEquityDeals_ignoringTerminatedOnes() {
        Company a = service.saveCompany(new Company(null, "某某新材料有限公司", null, new BigDecimal("10000000.00"),
                CompanyOrigin.CREATED, 0));
        service.saveCompany(new Company(null, "另一家参股公司", null, null, CompanyOrigin.JOINED, 0));
        equityDeal("TZ-1", a.id(), "3000000.00", "0.200000", "SIGNED");
        equityDeal("TZ-2", a.id(), "1000000.00", "0.050000", "PERFORMING");
        equityDeal("TZ-3", a.id(), "9000000.00", "0.300000", "TERMINATED");

        vm.load();
        assertThat(vm.rows()).hasSize(2);
        CompanyHolding h = vm.rows().stream().filter(r -> r.company().id().equals(a.id())).findFirst().orElseThrow();
        assertThat(h.universityShare().percent()).isEqualByComparingTo("25");
        assertThat(h.equityAmount()).isEqualByComparingTo("4000000.00");
        assertThat(h.dealCount()).isEqualTo(2);
        CompanyHolding other = vm.rows().stream().filter(r -> r.dealCount() == 0).findFirst().orElseThrow();
        assertThat(other.equityAmount()).isEqualByComparingTo("0");

        vm.originFilterProperty().set(CompanyOrigin.JOINED);
        assertThat(vm.rows()).extracting(r -> r.company().name()).containsExactly("另一家参股公司");
        vm.originFilterProperty().set(null);
        // issue 20: the filter of a sorted table compares no rows
        assertThat(KeystrokeComparisons.count(vm.sortedRows(), vm.searchTextProperty())).isZero();
    }

    @Test
    void table_showsFormattedAmounts_exportWritesTheNumbers_totalsSumTheShownRows() {
        Company a = service.saveCompany(new Company(null, "某某新材料有限公司", null, new BigDecimal("10000000.00"),
                CompanyOrigin.CREATED, 0));
        service.saveCompany(new Company(null, "另一家参股公司", null, null, CompanyOrigin.JOINED, 0));
        equityDeal("TZ-1", a.id(), "3000000.00", "0.200000", "SIGNED");
        vm.load();

        CompanyHolding none = vm.rows().stream().filter(r -> r.dealCount() == 0).findFirst().orElseThrow();
        // a company without equity deals shows neither share nor amount
        assertThat(vm.columns().get(4).cell().apply(none)).isNull();
        assertThat(vm.columns().get(5).cell().apply(none)).isEqualTo("");
        vm.searchTextProperty().set("某某");
        CompanyHolding h = vm.rows().get(0);
        assertThat(vm.columns().get(3).cell().apply(h)).isEqualTo("10,000,000.00");
        assertThat(vm.columns().get(5).cell().apply(h)).isEqualTo("3,000,000.00");
        assertThat(vm.exportHeaders()).containsExactly(I18n.t("company.name"), I18n.t("counterpartyList.creditCode"),
                I18n.t("companies.origin"), I18n.t("companies.capital"), I18n.t("companies.share"),
                I18n.t("companies.equityAmount"), I18n.t("companies.deals"));
        assertThat(vm.visibleRowsForExport()).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly("某某新材料有限公司", null, CompanyOrigin.CREATED.label());
            assertThat((BigDecimal) row.get(3)).isEqualByComparingTo("10000000.00");
            assertThat((BigDecimal) row.get(4)).isEqualByComparingTo("20");
            assertThat((BigDecimal) row.get(5)).isEqualByComparingTo("3000000.00");
            assertThat(row.get(6)).isEqualTo(1);
        });
        assertThat(vm.totalsProperty().get())
                .isEqualTo(I18n.t("companies.totals", 2, 1, Money.format(new BigDecimal("3000000.00"))));
    }

    @Test
    void form_addsAndEdits_warnsOnAFailingCreditCode_andRefusesBadInput() {
        vm.load();
        vm.newRecord();
        vm.save();
        assertThat(vm.problems()).isNotEmpty();
        assertThat(service.companies()).isEmpty();

        vm.form().name().set("某某智能科技有限公司");
        vm.form().capital().set("abc");
        vm.save();
        assertThat(vm.problems()).hasSize(1);

        vm.form().capital().set("5,000,000");
        vm.form().creditCode().set("91350100M000100Y44");
        vm.form().origin().set(CompanyOrigin.JOINED);
        vm.save();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.warningProperty().get()).isNotEmpty();
        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(service.companies()).singleElement().satisfies(c -> {
            assertThat(c.registeredCapital()).isEqualByComparingTo("5000000");
            assertThat(c.origin()).isEqualTo(CompanyOrigin.JOINED);
        });

        vm.edit(vm.rows().get(0).company());
        vm.form().name().set("某某智能科技股份有限公司");
        vm.save();
        assertThat(service.companies()).extracting(Company::name).containsExactly("某某智能科技股份有限公司");

        vm.newRecord();
        vm.form().name().set("某某智能科技股份有限公司");
        vm.save();
        assertThat(vm.problems()).hasSize(1);
        assertThat(service.companies()).hasSize(1);
    }
}
