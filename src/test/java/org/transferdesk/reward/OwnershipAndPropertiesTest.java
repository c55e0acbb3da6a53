package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Equity;
import org.transferdesk.people.LeaderRole;
import org.junit.jupiter.api.Tag;

/** E6 through the R-PILOT-INCOME hook, and properties of every split: to the fen, never equity to a head leader. */
@Tag(TestDatabase.TAG)
class OwnershipAndPropertiesTest {
    private Database db;
    private DistributionService service;
    private RewardFixture fixture;
    /** What the pilot module would answer; a test makes a result co-owned by setting it. */
    private ResultOwnership ownership = ResultOwnership.UNIVERSITY_OWNED;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        service = new RewardServices(db, date -> RewardPolicy.Preset.BEIJING.policy(),
                (resultId, on) -> ownership.on(resultId, on), TestDatabase.CLOCK).distributions;
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void e6_coOwnedLicence_isSplitByOwnership_withNoRewardAndNo58() {
        Deal deal = fixture.e6Licence();
        List<TeamMember> owners = List.of(
                new TeamMember(fixture.team.get(0).id(), "R001", "甲教授", new BigDecimal("0.6"), true, LeaderRole.NONE, "赋权协议"),
                new TeamMember(fixture.team.get(1).id(), "R002", "乙老师", new BigDecimal("0.4"), true, LeaderRole.NONE, "赋权协议"));
        ownership = (resultId, on) -> resultId == fixture.result.id() && !on.isBefore(LocalDate.of(2025, 1, 1))
                ? Optional.of(new ResultOwnership.CoOwnership(new BigDecimal("0.70"), owners)) : Optional.empty();
        Proposal p = service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()));
        Distribution d = p.distribution();
        assertThat(p.problems()).isEmpty();
        RewardFixture.assertE6IsOwnersIncome(d);
        assertThat(d.figures().net()).isEqualByComparingTo("979700.00");
        assertThat(d.linesTotal()).isEqualByComparingTo("685790.00");
        assertThat(service.taxes(d)).allSatisfy(t -> assertThat(t.applicable()).isFalse());
        assertThat(service.explain(d).steps()).extracting(Explanation.Step::rule).contains("R-PILOT-INCOME")
                .doesNotContain("R-45-1", "R-TAX58");
    }

    @Test
    void everyEquitySplit_addsUpAndNeverGivesAHeadLeaderShares() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            int size = 1 + random.nextInt(6);
            List<TeamMember> team = new ArrayList<>();
            int[] weights = new int[size];
            int total = 0;
            for (int i = 0; i < size; i++) {
                weights[i] = 1 + random.nextInt(50);
                total += weights[i];
            }
            for (int i = 0; i < size; i++) {
                LeaderRole role = random.nextInt(4) == 0 ? LeaderRole.HEAD : LeaderRole.NONE;
                team.add(new TeamMember(i + 1, "S" + i, "P" + i,
                        new BigDecimal(weights[i]).divide(new BigDecimal(total), 10, java.math.RoundingMode.HALF_UP),
                        i == 0, role, ""));
            }
            BigDecimal valuation = new BigDecimal(random.nextInt(100_000_000)).movePointLeft(2).add(BigDecimal.ONE);
            Deal deal = equityDeal(valuation, Percent.ofPercent(String.valueOf(1 + random.nextInt(60))));
            Distribution d = DistributionProposer.equity(deal, team, RewardPolicy.Preset.NATIONAL.policy());
            boolean anyEligible = team.stream().anyMatch(m -> m.leaderRole() != LeaderRole.HEAD);
            if (anyEligible) {
                assertThat(d.linesTotal()).isEqualByComparingTo(d.figures().pool());
            }
            for (DistributionLine line : d.lines()) {
                if (line.leaderRole() == LeaderRole.HEAD) {
                    assertThat(line.equityShare()).isEqualByComparingTo("0");
                    assertThat(line.amount()).isEqualByComparingTo("0");
                    assertThat(line.waived()).isTrue();
                }
            }
        }
    }

    @Test
    void everyCashSplit_addsUpToItsPoolToTheFen() {
        Random random = new Random(11);
        for (int run = 0; run < 500; run++) {
            int size = 1 + random.nextInt(8);
            List<TeamMember> team = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                team.add(new TeamMember(i + 1, "S" + i, "P" + i, new BigDecimal(1 + random.nextInt(99)), i == 0,
                        LeaderRole.NONE, ""));
            }
            BigDecimal amount = new BigDecimal(random.nextInt(1_000_000_000)).movePointLeft(2);
            List<DistributionLine> lines = DistributionProposer.split(team, amount);
            assertThat(lines.stream().map(DistributionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(amount);
        }
    }

    private static Deal equityDeal(BigDecimal valuation, Percent share) {
        return DealBuilder.deal().mode(DealMode.EQUITY).id(1L).contractNo("EQ").title("作价投资")
                .signedOn(LocalDate.of(2024, 9, 30)).contractAmount(valuation).status(DealStatus.SIGNED)
                .equity(new Equity(1L, "某公司", share, null)).build();
    }
}
