package org.transferdesk.deal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealAuditLabels;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
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

/** Issue 24 item 1: every field a deal's and a counterparty's saves audit reads under a label, in both languages. */
@Tag(TestDatabase.TAG)
class DealAuditLabelsTest extends AuditLabelsContract {
    DealAuditLabelsTest() {
        super(new AuditVocabulary(DealAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            DealService deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()),
                    new AuditRepository(db.dsl()), new OfficeSettings(new PolicySettingRepository(db.dsl())),
                    TestDatabase.CLOCK);
            CounterpartyService counterparties = new CounterpartyService(new CounterpartyRepository(db.dsl()),
                    TestDatabase.CLOCK);
            new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, ProgressSink.NONE);
            // the demo writes its own rows in bulk: only what the repositories write after it is looked at below
            long demoRows = AuditRowsOnH2.lastId(db);
            List<DisclosureSummary> rows = new ArrayList<>();
            new DisclosureRepository(db.dsl()).streamSummaries(10, rows::addAll);
            ResultRef result = new ResultRef(rows.get(0).id(), rows.get(0).resultNo(), rows.get(0).title());
            Counterparty licensee = counterparties.save(Counterparty.create("杭州某某新能源有限公司"));
            Counterparty twin = counterparties.save(Counterparty.create("杭州某某新能源公司"));
            counterparties.merge(licensee.id(), twin.id());
            Deal saved = deals.save(licence(result, licensee));
            Deal withReceipt = deals.save(saved.withReceipts(List.of(new Receipt(null, LocalDate.of(2026, 11, 20),
                    new BigDecimal("1000000.00"), "PZ-001", saved.instalments().get(0).id()))));
            deals.changeStatus(withReceipt, DealStatus.PUBLICITY);
            return AuditRowsOnH2.cases(db, demoRows, "deal", "counterparty").toList().stream();
        }
    }

    private static Deal licence(ResultRef result, Counterparty licensee) {
        return DealBuilder.deal().mode(DealMode.LICENSE).contractNo("JS-2026-001").licenseKind(LicenseKind.EXCLUSIVE)
                .title("锂电池材料独占许可").results(List.of(result)).counterpartyId(licensee.id())
                .counterpartyName(licensee.name()).termFrom(LocalDate.of(2026, 7, 1)).termTo(LocalDate.of(2031, 6, 30))
                .contractAmount(new BigDecimal("3000000.00")).pricing(PricingMethod.NEGOTIATED).status(DealStatus.DRAFT)
                .publicity(new Publicity(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25), "学校官网",
                        "成果名称、拟交易价格", List.of(new Objection(null, LocalDate.of(2026, 11, 12), "某教师", "价格偏低",
                        "已说明评估依据", LocalDate.of(2026, 11, 14)))))
                .approvals(List.of(new Approval(null, ApprovalTier.VICE_PRESIDENT, "李副校长", LocalDate.of(2026, 11, 20),
                        "XZ-2026-11", false)))
                .instalments(List.of(new Instalment(null, LocalDate.of(2026, 12, 31), new BigDecimal("1000000.00"), "签约后")))
                .costs(List.of(new Cost(null, LocalDate.of(2026, 11, 1), CostCategory.VALUATION,
                        new BigDecimal("30000.00"), "评估报告"))).build();
    }

    /** The examples: program identifiers become what the clerk reads. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mode|LICENSE|许可",
        "status|PUBLICITY|公示中",
        "contractAmount|3000000.00|¥3,000,000.00",
        "contractAmount|0.00|¥0.00",
        "approvals|VICE_PRESIDENT 李副校长 2026-11-20|分管副校长 李副校长 2026-11-20",
        "costs|2026-11-01 VALUATION 30000.00|2026-11-01 评估费 ¥30,000.00",
        "relatedParty|false|否",
        "title|LICENSE|LICENSE",
    })
    void valuesReadAsUsersKnowThem(String field, String stored, String shown) {
        assertShownInChinese("deal", field, stored, shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "title|合同名称",
        "contractNo|合同编号",
        "diligence.PRICING_EVIDENCE.notApplicable|尽职调查 ",
    })
    void aDealsTitleIsTheContractsName(String field, String labelStart) {
        I18n.setLocale(I18n.CHINESE);
        org.assertj.core.api.Assertions.assertThat(labels.label("deal", field)).startsWith(labelStart)
                .doesNotContain("成果名称");
    }
}
