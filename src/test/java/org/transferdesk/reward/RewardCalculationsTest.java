package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;

/** The worked examples E1–E5 and E7 of the rule book, to the fen. */
class RewardCalculationsTest {
    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 20);

    private static List<Cost> e1Costs() {
        return List.of(new Cost(1L, LocalDate.of(2024, 3, 1), CostCategory.TAX, new BigDecimal("600.00"), null),
                new Cost(2L, LocalDate.of(2024, 3, 2), CostCategory.MAINTENANCE, new BigDecimal("12000.00"), null),
                new Cost(3L, LocalDate.of(2024, 3, 3), CostCategory.VALUATION, new BigDecimal("30000.00"), null),
                new Cost(4L, LocalDate.of(2024, 3, 4), CostCategory.INTERMEDIARY, new BigDecimal("100000.00"), null));
    }

    private static List<CashReward.Member> e1Team() {
        return List.of(new CashReward.Member("A", "A", Percent.ofPercent("40"), true),
                new CashReward.Member("B", "B", Percent.ofPercent("25"), true),
                new CashReward.Member("C", "C", Percent.ofPercent("20"), false),
                new CashReward.Member("D", "D", Percent.ofPercent("15"), false));
    }

    @Test
    void e1_netIncome_deductsTheDealsCosts() {
        NetIncome.Result net = NetIncome.of(new BigDecimal("2000000.00"), RECEIVED, e1Costs(), Map.of(),
                RewardPolicy.DEFAULT_DEDUCTIBLE);
        assertThat(net.deducted()).isEqualByComparingTo("142600.00");
        assertThat(net.net()).isEqualByComparingTo("1857400.00");
        assertThat(CashReward.pool(net.net(), RewardPolicy.Preset.NATIONAL.policy().transferLicenseRate()))
                .isEqualByComparingTo("928700.00");
    }

    @Test
    void e1_seventyPercentPool_splitsExactly_andPassesRKey() {
        CashReward.Split split = CashReward.split(new BigDecimal("1857400.00"), Percent.ofPercent("70"), e1Team(),
                Percent.ofPercent("50"));
        assertThat(split.pool()).isEqualByComparingTo("1300180.00");
        assertThat(split.universityPart()).isEqualByComparingTo("557220.00");
        assertThat(split.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("520072.00", "325045.00", "260036.00", "195027.00");
        assertThat(split.toKeyContributors()).isEqualByComparingTo("845117.00");
        assertThat(split.keyMinimum()).isEqualByComparingTo("650090.00");
        assertThat(split.isValid()).isTrue();
    }

    @Test
    void e1_underZhejiang_theSameSplitIsRejected() {
        CashReward.Split split = CashReward.split(new BigDecimal("1857400.00"), Percent.ofPercent("70"), e1Team(),
                RewardPolicy.Preset.ZHEJIANG.policy().keyContributorMinimum());
        assertThat(split.keyMinimum()).isEqualByComparingTo("910126.00");
        assertThat(split.isValid()).isFalse();
    }

    @Test
    void e2_keyContributorsBelowHalf_areRejectedWithTheStatutoryMessage() {
        List<Problem> problems = CashReward.checkKey(new BigDecimal("928700.00"), new BigDecimal("417915.00"),
                Percent.ofPercent("50"));
        I18n.setLocale(I18n.CHINESE);
        assertThat(problems).singleElement().extracting(Problem::message)
                .isEqualTo("主要贡献人员获得奖励份额低于奖励总额的50%");
    }

    @Test
    void e3_tax58_halvesTheTaxableReward_andTheEstimateShowsTheSaving() {
        Tax58.Eligibility e = Tax58.check(new BigDecimal("520072.00"), DealMode.LICENSE, true, true, true,
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 1));
        assertThat(e.eligible()).isTrue();
        assertThat(e.exemptPart()).isEqualByComparingTo("260036.00");
        WageTax.Estimate est = WageTax.estimate(new BigDecimal("300000.00"), new BigDecimal("36000.00"),
                new BigDecimal("24000.00"), new BigDecimal("520072.00"), e.exemptPart());
        assertThat(est.withoutReward()).isEqualByComparingTo("19080.00");
        assertThat(est.with58()).isEqualByComparingTo("79090.80");
        assertThat(est.withoutRelief()).isEqualByComparingTo("159105.20");
        assertThat(est.saving()).isEqualByComparingTo("80014.40");
    }

    @Test
    void tax58_namesEveryFailedCondition() {
        Tax58.Eligibility e = Tax58.check(new BigDecimal("1000.00"), DealMode.DEVELOPMENT, true, false, false,
                LocalDate.of(2020, 1, 10), LocalDate.of(2023, 1, 11));
        assertThat(e.failed()).containsExactly(Tax58.Condition.TRANSFER_OR_LICENSE, Tax58.Condition.REGISTERED,
                Tax58.Condition.PAID_WITHIN_36_MONTHS, Tax58.Condition.PUBLICISED);
        assertThat(e.exemptPart()).isEqualByComparingTo("0.00");
    }

    // E4 (the 36-month window and the filing day) is in Tax58Test and RewardBoundaryTest's tables

    @Test
    void e5_equity_leaderWaived_andRedistributedProRata() {
        EquityReward.Result r = EquityReward.of(new BigDecimal("8000000.00"), Percent.ofPercent("40"),
                Percent.ofPercent("70"), List.of(
                        new EquityReward.Member("P", "P", Percent.ofPercent("20"), LeaderRole.HEAD),
                        new EquityReward.Member("Q", "Q", Percent.ofPercent("48"), LeaderRole.NONE),
                        new EquityReward.Member("R", "R", Percent.ofPercent("32"), LeaderRole.NONE)));
        assertThat(r.teamCompanyShare()).isEqualByComparingTo("0.28");
        assertThat(r.teamValue()).isEqualByComparingTo("5600000.00");
        assertThat(r.universityKeeps()).isEqualByComparingTo("0.12");
        assertThat(r.lines().get(0).waived()).isTrue();
        assertThat(r.lines().get(0).value()).isEqualByComparingTo("0.00");
        assertThat(r.lines().get(1).companyShare()).isEqualByComparingTo("0.168");
        assertThat(r.lines().get(1).value()).isEqualByComparingTo("3360000.00");
        assertThat(r.lines().get(2).companyShare()).isEqualByComparingTo("0.112");
        assertThat(r.lines().get(2).value()).isEqualByComparingTo("2240000.00");
    }

    @ParameterizedTest(name = "profit {0} → at least {1}")
    @CsvSource(textBlock = """
            2000000,  100000.00
            3500000,  175000.00
            -500000,  0.00
            4000000,  200000.00
            """)
    void e7_selfImplementation(BigDecimal profit, BigDecimal minimum) {
        assertThat(SelfImplementationReward.minimum(profit, Percent.ofPercent("5"))).isEqualByComparingTo(minimum);
    }

    @Test
    void costsCarryOverAcrossThreeReceipts() {
        List<Cost> costs = List.of(new Cost(1L, LocalDate.of(2024, 1, 5), CostCategory.VALUATION,
                        new BigDecimal("50000.00"), null),
                new Cost(2L, LocalDate.of(2024, 2, 1), CostCategory.TAX, new BigDecimal("8000.00"), null),
                new Cost(3L, LocalDate.of(2024, 9, 1), CostCategory.MAINTENANCE, new BigDecimal("4000.00"), null),
                new Cost(4L, LocalDate.of(2024, 1, 1), CostCategory.OTHER, new BigDecimal("99999.00"), null));
        Map<Long, BigDecimal> deducted = new HashMap<>();
        BigDecimal[] nets = new BigDecimal[3];
        Object[][] receipts = {{"30000.00", LocalDate.of(2024, 3, 1)}, {"30000.00", LocalDate.of(2024, 6, 1)},
                {"30000.00", LocalDate.of(2024, 10, 1)}};
        for (int i = 0; i < 3; i++) {
            NetIncome.Result r = NetIncome.of(new BigDecimal((String) receipts[i][0]), (LocalDate) receipts[i][1], costs,
                    deducted, RewardPolicy.DEFAULT_DEDUCTIBLE);
            r.deductions().forEach(d -> deducted.merge(d.cost().id(), d.amount(), BigDecimal::add));
            nets[i] = r.net();
        }
        // 58,000 of costs dated before June; 4,000 more in September; OTHER is not deductible.
        assertThat(nets[0]).isEqualByComparingTo("0.00");
        assertThat(nets[1]).isEqualByComparingTo("2000.00");
        assertThat(nets[2]).isEqualByComparingTo("26000.00");
        assertThat(deducted.get(4L)).isNull();
    }

    @Test
    void everySplitAddsUpToItsPool_toTheFen() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + random.nextInt(9);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(BigDecimal.valueOf(1 + random.nextInt(10000), 2));
            }
            BigDecimal pool = BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), 2);
            List<BigDecimal> lines = FenSplit.split(pool, weights);
            assertThat(lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(pool);
            assertThat(lines).allMatch(l -> l.signum() >= 0 && l.scale() == 2);
        }
    }

    @Test
    void policies_belowTheirFloor_cannotBeSaved() {
        assertThat(RewardPolicy.Preset.BEIJING.policy().belowFloor(LocalDate.of(2024, 1, 20))).isEmpty();
        RewardPolicy tooLow = new RewardPolicy(RewardPolicy.Preset.ZHEJIANG, Percent.ofPercent("60"),
                Percent.ofPercent("70"), Percent.ofPercent("10"), 5, Percent.ofPercent("50"),
                RewardPolicy.DEFAULT_DEDUCTIBLE, 15, RewardPolicy.PublicityCalendar.WORKING_DAYS,
                RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE, null, null, null);
        assertThat(tooLow.belowFloor(LocalDate.of(2024, 1, 20))).extracting(Problem::field)
                .containsExactlyInAnyOrder("reward.policy.transferLicense", "reward.policy.key", "reward.policy.transferStaff");
    }
}
