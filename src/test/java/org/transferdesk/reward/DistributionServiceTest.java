package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.people.LeaderRole;
import org.junit.jupiter.api.Tag;

/** Distributions on a real migrated database: E1 end to end, the durable carry-over, the life cycle. */
@Tag(TestDatabase.TAG)
class DistributionServiceTest {
    private Database db;
    private DistributionService service;
    private RewardFixture fixture;
    private RewardPolicy policy = RewardPolicy.Preset.BEIJING.policy(); // 70%, as E1 and E5

    @BeforeEach
    void setUp() {
        open();
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    private void open() {
        db = TestDatabase.fresh();
        service = new RewardServices(db, date -> policy, ResultOwnership.UNIVERSITY_OWNED, TestDatabase.CLOCK)
                .distributions;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void e1_licenceReceipt_isProposedSavedAndReadBackToTheFen() {
        Deal deal = fixture.e1Licence("E1", true);
        Proposal p = service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
        assertThat(p.problems()).isEmpty();
        Distribution saved = service.saveDraft(p.distribution());
        Distribution d = service.find(saved.id()).orElseThrow();
        assertThat(d.figures().net()).isEqualByComparingTo("1857400.00");
        assertThat(d.figures().pool()).isEqualByComparingTo("1300180.00");
        assertThat(d.figures().universityPart()).isEqualByComparingTo("557220.00");
        assertThat(d.lines()).extracting(DistributionLine::amount).map(BigDecimal::toPlainString)
                .containsExactly("520072.00", "325045.00", "260036.00", "195027.00");
        assertThat(d.deductions()).hasSize(4);
        assertThat(service.undistributedReceipts(service.deal(deal.id()).orElseThrow())).isEmpty();
        assertThat(service.explain(d).steps()).extracting(Explanation.Step::rule).contains("R-NET", "R-45-1", "R-TEAM",
                "R-ROUND", "R-KEY", "R-TAX58");
    }

    @Test
    void underZhejiang_e1Split_isRejectedByTheKeyRule() {
        policy = RewardPolicy.Preset.ZHEJIANG.policy();
        Deal deal = fixture.e1Licence("E1Z", true);
        Proposal p = service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
        assertThat(p.problems()).extracting(Problem::key).contains("reward.key.belowMinimum");
        BatchOutcome outcome = service.distributeAll("E1Z", null);
        assertThat(outcome.created()).isEmpty();
        assertThat(outcome.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("70"));
    }

    @Test
    void costCarryOver_isDurableAcrossThreeReceipts() {
        Deal deal = fixture.licence("CARRY", true, List.of(
                new Receipt(null, LocalDate.of(2024, 1, 10), new BigDecimal("10000.00"), null, null),
                new Receipt(null, LocalDate.of(2024, 6, 10), new BigDecimal("10000.00"), null, null),
                new Receipt(null, LocalDate.of(2024, 12, 10), new BigDecimal("10000.00"), null, null)),
                List.of(new Cost(null, LocalDate.of(2024, 1, 1), CostCategory.VALUATION, new BigDecimal("25000.00"), null)));
        BatchOutcome outcome = service.distributeAll("CARRY", 2024);
        assertThat(outcome.created()).extracting(x -> x.figures().deducted().toPlainString())
                .containsExactly("10000.00", "10000.00", "5000.00");
        assertThat(outcome.created()).extracting(x -> x.figures().net().toPlainString())
                .containsExactly("0.00", "0.00", "5000.00");
        // revoking the first releases its deduction for the next proposal
        service.revoke(outcome.created().get(0).id(), LocalDate.of(2026, 11, 22), "录入错误");
        Proposal again = service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
        assertThat(again.distribution().figures().deducted()).isEqualByComparingTo("10000.00");
    }

    @Test
    void lifeCycle_paymentIsRefusedBeforePublicityEnds() {
        Deal deal = fixture.e1Licence("E1P", true);
        Distribution d = service.saveDraft(service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution());
        LocalDate from = LocalDate.of(2026, 11, 2);
        assertThat(service.earliestPublicityEnd(from)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> service.publicise(d.id(), from, LocalDate.of(2026, 11, 20), "科奖公示〔2026〕1号"))
                .isInstanceOf(ValidationException.class);
        Distribution publicised = service.publicise(d.id(), from, LocalDate.of(2026, 11, 23), "科奖公示〔2026〕1号");
        assertThatThrownBy(() -> service.pay(d.id(), Set.of(0), LocalDate.of(2026, 11, 22), "GZ-1"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::key)
                        .contains("reward.pay.beforePublicityEnd"));
        assertThatThrownBy(() -> service.approve(d.id(), LocalDate.of(2026, 11, 22), "校长办公会"))
                .isInstanceOf(ValidationException.class);
        assertThat(publicised.status()).isEqualTo(DistributionStatus.PUBLICISING);
        assertThat(service.history(d.id())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void override_needsAReasonAndIsRevalidated() {
        Deal deal = fixture.e1Licence("E1O", true);
        Distribution d = service.saveDraft(service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution());
        List<DistributionLine> lines = d.lines();
        List<DistributionLine> changed = List.of(lines.get(0).withAmount(lines.get(0).share(), new BigDecimal("200000.00"), "x"),
                lines.get(1).withAmount(lines.get(1).share(), new BigDecimal("200000.00"), "x"),
                lines.get(2).withAmount(lines.get(2).share(), new BigDecimal("450090.00"), "x"),
                lines.get(3).withAmount(lines.get(3).share(), new BigDecimal("450090.00"), "x"));
        assertThatThrownBy(() -> service.override(d.id(), changed, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.override(d.id(), changed, "团队协商"))
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::key)
                        .containsExactly("reward.key.belowMinimum"));
    }

    @Test
    void e5_equity_waivesTheHeadLeader() {
        db.close();
        setUpWithLeader();
        Deal deal = fixture.licence("E5", true, List.of(), List.of());
        // make it an equity deal of 8,000,000.00 for 40% of a company, signed 2024-09-30
        db.dsl().insertInto(org.transferdesk.db.jooq.Tables.COMPANY).set(org.transferdesk.db.jooq.Tables.COMPANY.NAME, "新材科技有限公司")
                .set(org.transferdesk.db.jooq.Tables.COMPANY.ORIGIN, "CREATED").execute();
        long companyId = db.dsl().select(org.transferdesk.db.jooq.Tables.COMPANY.ID).from(org.transferdesk.db.jooq.Tables.COMPANY)
                .fetchOne().value1();
        db.dsl().update(org.transferdesk.db.jooq.Tables.DEAL).set(org.transferdesk.db.jooq.Tables.DEAL.MODE, "EQUITY")
                .set(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_AMOUNT, new BigDecimal("8000000.00"))
                .set(org.transferdesk.db.jooq.Tables.DEAL.SIGNED_ON, LocalDate.of(2024, 9, 30)).execute();
        db.dsl().insertInto(org.transferdesk.db.jooq.Tables.DEAL_EQUITY).set(org.transferdesk.db.jooq.Tables.DEAL_EQUITY.DEAL_ID, deal.id())
                .set(org.transferdesk.db.jooq.Tables.DEAL_EQUITY.COMPANY_ID, companyId)
                .set(org.transferdesk.db.jooq.Tables.DEAL_EQUITY.UNIVERSITY_SHARE, new BigDecimal("0.40")).execute();
        Proposal p = service.proposeEquity(deal.id());
        assertThat(p.problems()).isEmpty();
        Distribution d = service.saveDraft(p.distribution());
        assertThat(d.figures().teamCompanyShare()).isEqualByComparingTo("0.28");
        assertThat(d.lines().get(0).waived()).isTrue();
        assertThat(d.lines().get(0).equityShare()).isEqualByComparingTo("0");
        assertThat(d.lines().get(1).equityShare()).isEqualByComparingTo("0.168");
        assertThat(d.lines().get(2).equityShare()).isEqualByComparingTo("0.112");
        assertThat(d.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("0.00", "3360000.00", "2240000.00");
        assertThat(d.figures().pool()).isEqualByComparingTo("5600000.00");
    }

    private void setUpWithLeader() {
        open();
        fixture = new RewardFixture(db.dsl()).e5Team();
    }
}
