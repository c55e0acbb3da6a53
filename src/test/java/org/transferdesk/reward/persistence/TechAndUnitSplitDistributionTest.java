package org.transferdesk.reward.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISTRIBUTION_UNIT_PART;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.reward.BatchOutcome;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.ResultOwnership;
import org.transferdesk.reward.Explanation;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.PayCap;
import org.transferdesk.reward.Proposal;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.UnitPart;
import org.transferdesk.reward.UnitPart.Unit;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.reward.RewardServices;
import org.junit.jupiter.api.Tag;

/**
 * R-45-TECH and R-UNIT-SPLIT on a real migrated database: a technical-service receipt proposed, saved and
 * read back as its own kind with the performance-pay flag of its registration; the university part's split
 * stored with the distribution and kept when the policy changes; the policy's new settings by date of effect.
 */
@Tag(TestDatabase.TAG)
class TechAndUnitSplitDistributionTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    private Database db;
    private DistributionService service;
    private RewardFixture fixture;
    private RewardPolicy policy = RewardPolicy.Preset.NATIONAL.policy()
            .withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent("60"), true));

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        service = new RewardServices(db, date -> policy, ResultOwnership.UNIVERSITY_OWNED, TestDatabase.CLOCK)
                .distributions;
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A technical contract of {@code mode} on the E1 result, with E1's receipt and costs. */
    private Deal techContract(String contractNo, DealMode mode, boolean registered) {
        List<Cost> costs = List.of(
                new Cost(null, LocalDate.of(2024, 6, 20), CostCategory.TAX, new BigDecimal("600.00"), "印花税"),
                new Cost(null, LocalDate.of(2024, 3, 1), CostCategory.MAINTENANCE, new BigDecimal("12000.00"), null),
                new Cost(null, LocalDate.of(2024, 4, 1), CostCategory.VALUATION, new BigDecimal("30000.00"), null),
                new Cost(null, LocalDate.of(2024, 5, 1), CostCategory.INTERMEDIARY, new BigDecimal("100000.00"), null));
        Deal d = DealBuilder.deal().mode(mode).contractNo(contractNo).title("电池检测技术服务")
                .results(List.of(new ResultRef(fixture.result.id(), fixture.result.resultNo(), fixture.result.title())))
                .signedOn(LocalDate.of(2024, 2, 1)).contractAmount(new BigDecimal("2000000.00"))
                .registration(registered ? new Deal.Registration("2024110000009999", LocalDate.of(2024, 2, 20), null) : null)
                .status(DealStatus.SIGNED)
                .receipts(List.of(new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("2000000.00"), "PZ-9", null)))
                .costs(costs).build();
        return new DealRepository(db.dsl()).save(d, "test", NOW);
    }

    private Proposal propose(Deal deal) {
        return service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
    }

    @ParameterizedTest(name = "{0}, registered {1} → {2}")
    @CsvSource(textBlock = """
            SERVICE,     true,  OUTSIDE_CAP
            DEVELOPMENT, true,  OUTSIDE_CAP
            CONSULTING,  false, INSIDE_CAP
            SERVICE,     false, INSIDE_CAP
            """)
    void technicalContractReceipt_isATechReward_atThePolicyRate_withThePayCapOfItsRegistration(DealMode mode,
                                                                                           boolean registered,
                                                                                           PayCap cap) {
        Deal deal = techContract("JS-" + mode + registered, mode, registered);
        Proposal p = propose(deal);

        assertThat(p.problems()).extracting(Problem::key)
                .containsExactly(registered ? new String[0] : new String[] {"reward.tech.insideCap"});
        assertThat(p.problems()).noneMatch(Problem::isError);
        Distribution saved = service.saveDraft(p.distribution());
        Distribution d = service.find(saved.id()).orElseThrow();
        assertThat(d.kind()).isEqualTo(DistributionKind.TECH_CONTRACT);
        assertThat(d.mode()).isEqualTo(mode);
        assertThat(d.figures().net()).isEqualByComparingTo("1857400.00");
        assertThat(d.figures().rate()).isEqualByComparingTo("0.6");
        assertThat(d.figures().pool()).isEqualByComparingTo("1114440.00");
        assertThat(d.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("445776.00", "278610.00", "222888.00", "167166.00");
        assertThat(d.policy().keyMinimum()).isEqualByComparingTo("0.5");
        assertThat(service.taxes(d)).containsOnly(LineTax.NOT_APPLICABLE);

        DistributionService.Inspection inspection = service.inspect(d);
        assertThat(inspection.payCap()).isEqualTo(cap);
        assertThat(inspection.problems()).extracting(Problem::key)
                .containsExactly(registered ? new String[0] : new String[] {"reward.tech.insideCap"});
        assertThat(inspection.explanation().steps()).extracting(Explanation.Step::rule)
                .contains("R-NET", "R-45-TECH", "R-TEAM", "R-ROUND", "R-KEY").doesNotContain("R-45-1", "R-TAX58");
        assertThat(inspection.explanation().steps()).filteredOn(s -> s.value().equals(cap.label())).hasSize(1);
        assertThat(service.undistributedReceipts(service.deal(deal.id()).orElseThrow())).isEmpty();
    }

    @Test
    void rKeySwitchedOff_acceptsATeamWithoutKeyContributors_andSaysSoInTheExplanation() {
        policy = policy.withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent("60"), false));
        Deal deal = techContract("JS-NOKEY", DealMode.SERVICE, true);
        Distribution d = service.saveDraft(propose(deal).distribution());
        List<DistributionLine> lines = d.lines();
        // everything to C and D, the two who are not key contributors
        Distribution moved = service.override(d.id(), List.of(
                lines.get(0).withAmount(BigDecimal.ZERO, new BigDecimal("0.00"), "手工"),
                lines.get(1).withAmount(BigDecimal.ZERO, new BigDecimal("0.00"), "手工"),
                lines.get(2).withAmount(new BigDecimal("0.5"), new BigDecimal("557220.00"), "手工"),
                lines.get(3).withAmount(new BigDecimal("0.5"), new BigDecimal("557220.00"), "手工")), "项目组内部约定");
        assertThat(moved.policy().keyMinimum()).isEqualByComparingTo("0");
        assertThat(service.problems(moved)).isEmpty();
        assertThat(service.explain(moved).steps()).filteredOn(s -> s.rule().equals("R-KEY"))
                .singleElement().satisfies(s -> assertThat(s.detail())
                        .isEqualTo(org.transferdesk.common.I18n.t("explain.keyOff")));
    }

    @Test
    void distribute_proposesTheReceiptsOfTechnicalContracts_butNotOfOwnImplementation() {
        techContract("JS-B1", DealMode.DEVELOPMENT, true);
        Deal self = techContract("ZS-B2", DealMode.SELF, true);

        BatchOutcome all = service.distributeAll(null, 2024);
        assertThat(all.created()).extracting(Distribution::contractNo, Distribution::kind)
                .containsExactly(tuple("JS-B1", DistributionKind.TECH_CONTRACT));
        assertThat(service.distributeAll("ZS-B2", null).skipped()).singleElement()
                .satisfies(s -> assertThat(s.contractNo()).isEqualTo("ZS-B2"));
        assertThatThrownBy(() -> propose(self)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::key)
                        .containsExactly("reward.propose.notCashMode"));
    }

    @Test
    void unitSplit_isStoredWithTheDistribution_andALaterPolicyDoesNotRewriteIt() {
        long department = DepartmentRepository.findOrCreate(db.dsl(), "资源环境学院", "test", NOW);
        db.dsl().update(DISCLOSURE).set(DISCLOSURE.DEPARTMENT_ID, department)
                .where(DISCLOSURE.ID.eq(fixture.result.id())).execute();
        policy = new RewardPolicy(RewardPolicy.Preset.NATIONAL, Percent.ofPercent("80"), Percent.ofPercent("50"),
                Percent.ofPercent("5"), 3, Percent.ofPercent("50"), RewardPolicy.DEFAULT_DEDUCTIBLE, 15,
                RewardPolicy.PublicityCalendar.WORKING_DAYS, RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE,
                Percent.ZERO, null, null, null, new RewardPolicy.UnitShares(Percent.ofPercent("10"),
                Percent.ofPercent("10"), Percent.ZERO));
        Deal deal = fixture.e1Licence("XN-2019", true);

        Distribution saved = service.saveDraft(propose(deal).distribution());
        policy = RewardPolicy.Preset.BEIJING.policy();
        Distribution d = service.find(saved.id()).orElseThrow();

        assertThat(d.figures().pool()).isEqualByComparingTo("1485920.00");
        assertThat(d.unitParts()).extracting(UnitPart::unit, UnitPart::name, p -> p.amount().toPlainString())
                .containsExactly(tuple(Unit.UNIVERSITY, "", "185740.00"), tuple(Unit.SCHOOL, "资源环境学院", "185740.00"));
        assertThat(d.unitParts()).extracting(UnitPart::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.1"), new BigDecimal("0.1"));
        assertThat(db.dsl().fetchCount(DISTRIBUTION_UNIT_PART)).isEqualTo(2);
        assertThat(service.explain(d).steps()).filteredOn(s -> s.rule().equals("R-UNIT-SPLIT"))
                .extracting(Explanation.Step::label).containsExactly(Unit.UNIVERSITY.label(),
                        Unit.SCHOOL.label() + "（资源环境学院）");
        assertThat(service.history(d.id()).get(0).changes().toString()).contains("unitParts");

        List<DistributionLine> lines = d.lines();
        Distribution overridden = service.override(d.id(), List.of(
                lines.get(0).withAmount(new BigDecimal("0.41"), new BigDecimal("609227.20"), "手工"),
                lines.get(1).withAmount(new BigDecimal("0.24"), new BigDecimal("356620.80"), "手工"),
                lines.get(2), lines.get(3)), "贡献调整");
        assertThat(overridden.unitParts()).isEqualTo(d.unitParts());
        assertThat(service.find(d.id()).orElseThrow().unitParts()).isEqualTo(d.unitParts());
    }

    @Test
    void theNewSettings_areKeptByDateOfEffect() {
        OfficeSettings office = new OfficeSettings(new PolicySettingRepository(db.dsl()));
        RewardPolicyService policies = new RewardPolicyService(office, TestDatabase.CLOCK);
        RewardPolicy nwafu = new RewardPolicy(RewardPolicy.Preset.NATIONAL, Percent.ofPercent("80"),
                Percent.ofPercent("50"), Percent.ofPercent("5"), 3, Percent.ofPercent("50"),
                RewardPolicy.DEFAULT_DEDUCTIBLE, 15, RewardPolicy.PublicityCalendar.WORKING_DAYS,
                RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE, Percent.ZERO, null, null,
                new RewardPolicy.TechContracts(Percent.ofPercent("30"), false),
                new RewardPolicy.UnitShares(Percent.ofPercent("10"), Percent.ofPercent("10"), Percent.ZERO));
        policies.set(LocalDate.of(2019, 1, 1), nwafu);
        policies.set(LocalDate.of(2024, 1, 1), RewardPolicy.Preset.SHANDONG.policy()
                .withUnitShares(new RewardPolicy.UnitShares(Percent.ZERO, Percent.ZERO, Percent.ofPercent("10"))));

        assertThat(policies.policyOn(LocalDate.of(2018, 12, 31)).unitShares()).isEqualTo(RewardPolicy.UnitShares.NONE);
        assertThat(policies.policyOn(LocalDate.of(2019, 1, 1))).isEqualTo(nwafu);
        assertThat(policies.policyOn(LocalDate.of(2023, 12, 31)).techContracts())
                .isEqualTo(new RewardPolicy.TechContracts(Percent.ofPercent("30"), false));
        RewardPolicy shandong = policies.policyOn(LocalDate.of(2024, 1, 1));
        assertThat(shandong.unitShares().transferOffice()).isEqualTo(Percent.ofPercent("10"));
        assertThat(shandong.techContracts()).isEqualTo(new RewardPolicy.TechContracts(Percent.ofPercent("70"), true));
        assertThat(policies.history()).extracting(h -> h.policy().unitShares().total())
                .containsExactly(Percent.ofPercent("10"), Percent.ofPercent("20"));

        assertThatThrownBy(() -> policies.set(LocalDate.of(2025, 1, 1), RewardPolicy.Preset.SHANDONG.policy()
                .withUnitShares(new RewardPolicy.UnitShares(Percent.ofPercent("20"), Percent.ofPercent("10"),
                        Percent.ofPercent("0.0001")))))
                .isInstanceOf(ValidationException.class);
        assertThat(policies.history()).hasSize(2);
    }
}
