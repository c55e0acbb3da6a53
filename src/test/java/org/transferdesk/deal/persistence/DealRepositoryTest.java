package org.transferdesk.deal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.ManagerFieldChecks;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class DealRepositoryTest {
    private DealService deals;
    private CounterpartyService counterparties;
    private OfficeSettings settings;
    private ResultRef result;

    @BeforeEach
    void setUp(Database db) {
        settings = new OfficeSettings(new PolicySettingRepository(db.dsl()));
        deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), new AuditRepository(db.dsl()),
                settings, TestDatabase.CLOCK);
        counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()), TestDatabase.CLOCK);
        new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, org.transferdesk.common.ProgressSink.NONE);
        // the demo's own contracts would disturb the counts below: these tests only want its results
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.DEAL).execute();
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.COUNTERPARTY).execute();
        db.dsl().deleteFrom(org.transferdesk.db.jooq.Tables.COMPANY).execute();
        List<DisclosureSummary> rows = new java.util.ArrayList<>();
        new DisclosureRepository(db.dsl()).streamSummaries(10, rows::addAll);
        result = new ResultRef(rows.get(0).id(), rows.get(0).resultNo(), rows.get(0).title());
    }

    private Deal negotiatedLicence(Counterparty licensee) {
        return DealBuilder.deal().mode(DealMode.LICENSE).contractNo("JS-2026-001").licenseKind(LicenseKind.EXCLUSIVE)
                .title("锂电池材料独占许可").results(List.of(result)).counterpartyId(licensee.id())
                .counterpartyName(licensee.name()).termFrom(LocalDate.of(2026, 7, 1)).termTo(LocalDate.of(2031, 6, 30))
                .contractAmount(new BigDecimal("3000000.00")).pricing(PricingMethod.NEGOTIATED).status(DealStatus.DRAFT)
                .publicity(new Publicity(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25), "学校官网", "成果名称、拟交易价格",
                        List.of(new Objection(null, LocalDate.of(2026, 11, 12), "某教师", "价格偏低", "已说明评估依据",
                        LocalDate.of(2026, 11, 14)))))
                .approvals(List.of(new Approval(null, ApprovalTier.VICE_PRESIDENT, "李副校长", LocalDate.of(2026, 11, 20), "XZ-2026-11", false)))
                .instalments(List.of(new Instalment(null, LocalDate.of(2026, 12, 31), new BigDecimal("1000000.00"), "签约后"),
                        new Instalment(null, LocalDate.of(2027, 12, 31), new BigDecimal("2000000.00"), "量产后")))
                .costs(List.of(new Cost(null, LocalDate.of(2026, 11, 1), CostCategory.VALUATION,
                        new BigDecimal("30000.00"), "评估报告"))).build();
    }

    @Test
    void saveAndReload_theWholeDeal_childIdsStayStableAcrossSaves() {
        Counterparty licensee = counterparties.save(Counterparty.create("杭州某某新能源有限公司"));
        Deal saved = deals.save(negotiatedLicence(licensee));

        assertThat(saved.results()).containsExactly(result);
        assertThat(saved.publicity().objections()).singleElement().satisfies(o -> assertThat(o.isOpen()).isFalse());
        assertThat(saved.instalments()).hasSize(2);
        assertThat(saved.costs()).singleElement().extracting(Cost::category).isEqualTo(CostCategory.VALUATION);
        long firstInstalment = saved.instalments().get(0).id();

        Deal withReceipt = saved.withReceipts(List.of(
                new Receipt(null, LocalDate.of(2026, 11, 20), new BigDecimal("1000000.00"), "PZ-001", firstInstalment)));
        Deal again = deals.save(withReceipt);
        assertThat(again.instalments().get(0).id()).isEqualTo(firstInstalment);
        long receiptId = again.receipts().get(0).id();
        Deal third = deals.save(again);
        assertThat(third.receipts().get(0).id()).isEqualTo(receiptId);
        assertThat(deals.position(third).outstanding()).isEqualByComparingTo("2000000.00");
        assertThat(deals.history(saved.id())).as("an unchanged save adds no audit row").hasSize(2);
    }

    /** Issue 22: 经办人/技术经理人 is stored, read back with the account's name, listed and audited under its label. */
    @Test
    void managerLogin_isStoredReadByName_listed_andAudited(Database db) {
        ManagerFieldChecks.addManagerAccount(db);
        Counterparty licensee = counterparties.save(Counterparty.create("杭州某某新能源有限公司"));
        Deal saved = deals.save(DealBuilder.toBuilder(negotiatedLicence(licensee)).managerLogin("zhangmin").build());

        Deal loaded = deals.find(saved.id()).orElseThrow();
        assertThat(loaded.managerLogin()).isEqualTo("zhangmin");
        assertThat(loaded.managerName()).isEqualTo("张敏");
        assertThat(deals.list()).singleElement().satisfies(r -> {
            assertThat(r.manager()).isEqualTo("张敏");
            assertThat(r.searchText()).contains("张敏");
        });
        // a later save that changes something else keeps the assignment
        Deal retitled = deals.save(DealBuilder.toBuilder(loaded).title("锂电池材料独占许可（修订）").build());
        assertThat(retitled.managerLogin()).isEqualTo("zhangmin");
        deals.save(DealBuilder.toBuilder(retitled).managerLogin(null).managerName(null).build());

        assertThat(deals.find(saved.id()).orElseThrow().managerLogin()).isNull();
        ManagerFieldChecks.assertNamedThenCleared(deals.history(saved.id()), org.transferdesk.deal.DealAuditLabels.all(),
                DealRepository.ENTITY);
    }

    @Test
    void signing_isRefusedWhilePublicityRuns_andAllowedAfter() {
        Counterparty licensee = counterparties.save(Counterparty.create("杭州某某新能源有限公司"));
        Deal saved = deals.save(negotiatedLicence(licensee));
        Deal inApproval = deals.changeStatus(deals.changeStatus(saved, DealStatus.PUBLICITY), DealStatus.APPROVAL);

        Deal signingEarly = DealBuilder.toBuilder(inApproval).signedOn(LocalDate.of(2026, 11, 22)).relatedParty(false)
                .registration(null).valuation(null).equity(null).build();
        assertThatThrownBy(() -> deals.changeStatus(signingEarly, DealStatus.SIGNED))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .anyMatch(p -> p.key().equals("deal.publicity.running")));
        assertThat(deals.find(saved.id()).orElseThrow().status()).isEqualTo(DealStatus.APPROVAL);

        settings.set(OfficeSettings.PRICE_PUBLICITY_DAYS, LocalDate.of(2026, 11, 1), "10");
        Deal shorter = DealBuilder.toBuilder(signingEarly).counterpartyName(null).signedOn(LocalDate.of(2026, 11, 22))
                .termFrom(null).termTo(null).relatedParty(false).registration(null).valuation(null)
                .publicity(new Publicity(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20), "官网", "公示", List.of()))
                .receipts(List.of()).costs(List.of()).equity(null).build();
        assertThat(deals.changeStatus(shorter, DealStatus.SIGNED).status()).isEqualTo(DealStatus.SIGNED);
    }

    @Test
    void contractNumbersAreUnique_andTransferNeedsAResult() {
        Counterparty licensee = counterparties.save(Counterparty.create("某公司"));
        deals.save(negotiatedLicence(licensee));
        assertThatThrownBy(() -> deals.save(negotiatedLicence(licensee))).isInstanceOf(ValidationException.class);
        Deal noResult = Deal.draft(DealMode.TRANSFER);
        assertThat(deals.validate(noResult)).extracting(p -> p.key()).contains("deal.results.required");
        assertThat(deals.count()).isEqualTo(1);
    }

    @Test
    void list_showsMoneyPosition_perResultAndCounterparty() {
        Counterparty licensee = counterparties.save(Counterparty.create("某公司"));
        Deal saved = deals.save(negotiatedLicence(licensee));
        deals.save(saved.withReceipts(List.of(new Receipt(null, LocalDate.of(2026, 11, 20), new BigDecimal("400000.00"),
                null, null))));
        DealSummary row = deals.list().get(0);
        assertThat(row.received()).isEqualByComparingTo("400000.00");
        assertThat(row.outstanding()).isEqualByComparingTo("2600000.00");
        assertThat(row.overdue()).isEqualByComparingTo("0.00");
        assertThat(deals.ofResult(result.disclosureId())).hasSize(1);
        assertThat(deals.ofCounterparty(licensee.id())).hasSize(1);
    }

    @Test
    void counterparties_areDeduplicated_andMergeMovesDeals() {
        Counterparty a = counterparties.save(new Counterparty(null, "北京某某科技有限公司", "91350100M000100Y43", null, null,
                null, null, null, null, 0));
        assertThatThrownBy(() -> counterparties.save(Counterparty.create("北京某某科技 有限公司")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> counterparties.save(new Counterparty(null, "另一个名字", "91350100m000100y43", null, null,
                null, null, null, null, 0))).isInstanceOf(ValidationException.class);
        Counterparty b = counterparties.save(Counterparty.create("北京某某科技（集团）"));
        deals.save(negotiatedLicence(b));
        counterparties.merge(a.id(), b.id());
        assertThat(deals.ofCounterparty(a.id())).hasSize(1);
        assertThat(counterparties.findAll()).hasSize(1);
    }

    @Test
    void equityDeal_recordsCompanyAndShare() {
        Company company = counterparties.saveCompany(new Company(null, "某某新材料有限公司", null,
                new BigDecimal("20000000.00"), CompanyOrigin.CREATED, 0));
        Deal equity = DealBuilder.deal().mode(DealMode.EQUITY).contractNo("ZJ-2026-01").title("作价投资")
                .results(List.of(result)).contractAmount(new BigDecimal("8000000.00")).pricing(PricingMethod.LISTED)
                .valuation(new Deal.Valuation(true, new BigDecimal("8000000.00"), "评报字〔2026〕12号"))
                .status(DealStatus.DRAFT).equity(new Equity(company.id(), null, Percent.ofPercent("40"), null)).build();
        Deal saved = deals.save(equity);
        assertThat(saved.equity().companyName()).isEqualTo("某某新材料有限公司");
        assertThat(saved.equity().universityShare()).isEqualTo(Percent.ofPercent("40"));
        assertThat(deals.position(saved).outstanding()).isEqualByComparingTo("0.00");
    }
}
