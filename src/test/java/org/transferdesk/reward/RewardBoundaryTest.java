package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;

/**
 * Boundary cases of the reward arithmetic (issue 16): half fen, shares that do not divide evenly, amounts
 * exactly at a threshold, and the first and last day of the 58号 window. The worked examples use round
 * amounts, so a rounding mode or a comparison could change without them noticing.
 */
class RewardBoundaryTest {

    /** R-ROUND: pools are HALF_UP to the fen; DOWN, HALF_EVEN or HALF_DOWN differ on these nets. */
    @ParameterizedTest(name = "net {0} × {1}% → pool {2}")
    @CsvSource(textBlock = """
            0.01,          50, 0.01
            0.03,          50, 0.02
            1.01,          50, 0.51
            0.05,          70, 0.04
            0.07,          50, 0.04
            33333.33,      70, 23333.33
            1857400.01,    70, 1300180.01
            1857400.03,    50, 928700.02
            100.00,        33.3333, 33.33
            1.00,          0.5, 0.01
            0.00,          70, 0.00
            """)
    void rewardPool_roundsHalfUpAtHalfFen(BigDecimal net, BigDecimal ratePercent, BigDecimal pool) {
        Percent rate = Percent.ofPercent(ratePercent);
        assertThat(CashReward.pool(net, rate)).isEqualByComparingTo(pool).hasScaleOf(2);
        CashReward.Split split = CashReward.split(net, rate, List.of(
                new CashReward.Member("A", "A", Percent.ofPercent("100"), true)), Percent.ofPercent("50"));
        assertThat(split.pool()).isEqualByComparingTo(pool);
        assertThat(split.universityPart()).isEqualByComparingTo(net.subtract(pool));
    }

    /** R-TAX58: the exempt half of an odd-fen reward is HALF_UP to the fen (0.005 → 0.01). */
    @ParameterizedTest(name = "reward {0} → exempt {1}")
    @CsvSource(textBlock = """
            0.01,       0.01
            0.02,       0.01
            0.03,       0.02
            0.05,       0.03
            33333.33,   16666.67
            520072.01,  260036.01
            520072.00,  260036.00
            1300180.05, 650090.03
            """)
    void exemptPart_roundsHalfUpAtHalfFen(BigDecimal reward, BigDecimal exempt) {
        assertThat(Tax58.exemptPart(reward)).isEqualByComparingTo(exempt).hasScaleOf(2);
        Tax58.Eligibility e = Tax58.check(reward, DealMode.LICENSE, true, true, true,
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 1));
        assertThat(e.exemptPart()).isEqualByComparingTo(exempt);
    }

    /**
     * R-TAX58 with R-DATE: paid on the 36-month deadline day is in time, the day after is late. Month ends,
     * 29 February and year ends are where a period in months is easiest to get wrong.
     */
    @ParameterizedTest(name = "received {0}, paid {1} → deadline {2}, in time {3}")
    @CsvSource(textBlock = """
            2023-01-10, 2026-01-10, 2026-01-10, true
            2023-01-10, 2026-01-11, 2026-01-10, false
            2023-01-10, 2026-01-09, 2026-01-10, true
            2020-02-29, 2023-02-28, 2023-02-28, true
            2020-02-29, 2023-03-01, 2023-02-28, false
            2024-02-29, 2027-02-28, 2027-02-28, true
            2024-02-29, 2027-03-01, 2027-02-28, false
            2021-08-31, 2024-08-31, 2024-08-31, true
            2021-08-31, 2024-09-01, 2024-08-31, false
            2021-03-31, 2024-03-31, 2024-03-31, true
            2023-05-31, 2026-05-31, 2026-05-31, true
            2022-12-31, 2025-12-31, 2025-12-31, true
            2022-12-31, 2026-01-01, 2025-12-31, false
            2023-01-01, 2026-01-01, 2026-01-01, true
            2023-01-01, 2023-01-01, 2026-01-01, true
            2021-02-28, 2024-02-28, 2024-02-28, true
            2021-02-28, 2024-02-29, 2024-02-28, false
            """)
    void tax58_paymentOnTheDeadlineDayIsInTime(LocalDate received, LocalDate paid, LocalDate deadline,
                                               boolean inTime) {
        Tax58.Eligibility e = Tax58.check(new BigDecimal("10000.01"), DealMode.TRANSFER, true, true, true, received,
                paid);
        assertThat(e.paymentDeadline()).isEqualTo(deadline);
        assertThat(Tax58.paymentDeadline(received)).isEqualTo(deadline);
        assertThat(e.eligible()).isEqualTo(inTime);
        assertThat(e.failed()).isEqualTo(inTime ? List.of() : List.of(Tax58.Condition.PAID_WITHIN_36_MONTHS));
        assertThat(e.exemptPart()).isEqualByComparingTo(inTime ? "5000.01" : "0.00");
    }

    @Test
    void tax58_unpaidReward_isJudgedOnTheOtherConditionsOnly() {
        Tax58.Eligibility e = Tax58.check(new BigDecimal("0.01"), DealMode.LICENSE, true, true, true,
                LocalDate.of(2020, 1, 1), null);
        assertThat(e.eligible()).isTrue();
        assertThat(e.exemptPart()).isEqualByComparingTo("0.01");
    }

    @ParameterizedTest(name = "{0}, nonProfit {1}, registered {2}, publicised {3} → {4}")
    @CsvSource(textBlock = """
            TRANSFER,    true,  true,  true,  ''
            LICENSE,     true,  true,  true,  ''
            EQUITY,      true,  true,  true,  TRANSFER_OR_LICENSE
            DEVELOPMENT, true,  true,  true,  TRANSFER_OR_LICENSE
            CONSULTING,  true,  true,  true,  TRANSFER_OR_LICENSE
            SERVICE,     true,  true,  true,  TRANSFER_OR_LICENSE
            SELF,        true,  true,  true,  TRANSFER_OR_LICENSE
            TRANSFER,    false, true,  true,  NON_PROFIT_UNIT
            TRANSFER,    true,  false, true,  REGISTERED
            TRANSFER,    true,  true,  false, PUBLICISED
            """)
    void tax58_eachConditionFailsAlone(DealMode mode, boolean nonProfit, boolean registered, boolean publicised,
                                       String failed) {
        Tax58.Eligibility e = Tax58.check(new BigDecimal("100.01"), mode, nonProfit, registered, publicised,
                LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 1));
        List<Tax58.Condition> expected = failed.isEmpty() ? List.of() : List.of(Tax58.Condition.valueOf(failed));
        assertThat(e.failed()).isEqualTo(expected);
        assertThat(e.exemptPart()).isEqualByComparingTo(failed.isEmpty() ? "50.01" : "0.00");
    }

    /** R-TAX58-FILING: the 15th of the month after payment, across month and year ends and 29 February. */
    @ParameterizedTest(name = "paid {0} → 备案表 by {1}")
    @CsvSource(textBlock = """
            2024-01-31, 2024-02-15
            2024-02-29, 2024-03-15
            2024-12-01, 2025-01-15
            2024-12-31, 2025-01-15
            2025-01-01, 2025-02-15
            2024-03-15, 2024-04-15
            # E4
            2024-03-20, 2024-04-15
            2024-12-18, 2025-01-15
            2025-01-31, 2025-02-15
            """)
    void filingDue_isTheFifteenthOfTheNextMonth(LocalDate paid, LocalDate due) {
        assertThat(Tax58.filingDue(paid)).isEqualTo(due);
    }

    /** R-ROUND: lines rounded down, leftover fen to the largest remainders, ties in team order; sum exact. */
    @ParameterizedTest(name = "{0} split {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            33333.33   | 1;1;1          | 11111.11;11111.11;11111.11
            100000.00  | 1;1;1          | 33333.34;33333.33;33333.33
            0.01       | 1;1;1          | 0.01;0.00;0.00
            0.02       | 1;1;1          | 0.01;0.01;0.00
            0.01       | 1;2            | 0.00;0.01
            0.05       | 1;1;1;1        | 0.02;0.01;0.01;0.01
            1300180.00 | 40;25;20;15    | 520072.00;325045.00;260036.00;195027.00
            1300180.01 | 40;25;20;15    | 520072.01;325045.00;260036.00;195027.00
            10.00      | 33.3333;33.3333;33.3334 | 3.33;3.33;3.34
            10.00      | 0.333333;0.666667       | 3.33;6.67
            1.00       | 1;1;1;1;1;1             | 0.17;0.17;0.17;0.17;0.16;0.16
            0.00       | 40;60          | 0.00;0.00
            7.00       | 0;1            | 0.00;7.00
            0.005      | 1              | 0.01
            """)
    void fenSplit_givesLeftoverFenToLargestRemainders(BigDecimal amount, String weights, String expected) {
        List<BigDecimal> w = Arrays.stream(weights.split(";")).map(BigDecimal::new).toList();
        List<BigDecimal> lines = FenSplit.split(amount, w);
        assertThat(lines).extracting(BigDecimal::toPlainString).containsExactly(expected.split(";"));
        assertThat(lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void fenSplit_refusesWeightsThatAddUpToNothing() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FenSplit.split(BigDecimal.TEN,
                List.of(BigDecimal.ZERO, BigDecimal.ZERO))).isInstanceOf(IllegalArgumentException.class);
    }

    /** R-KEY: exactly the minimum passes; one fen less fails. */
    @ParameterizedTest(name = "pool {0}, key {1}, minimum {2}% → ok {3}")
    @CsvSource(textBlock = """
            928700.00, 464350.00, 50, true
            928700.00, 464349.99, 50, false
            928700.01, 464350.01, 50, true
            928700.01, 464350.00, 50, false
            0.01,      0.01,      50, true
            0.01,      0.00,      50, false
            0.03,      0.02,      50, true
            0.03,      0.01,      50, false
            1300180.00, 910126.00, 70, true
            1300180.00, 910125.99, 70, false
            0.00,      0.00,      50, true
            """)
    void keyContributors_atExactlyTheMinimum_pass(BigDecimal pool, BigDecimal toKey, BigDecimal minimumPercent,
                                                  boolean ok) {
        assertThat(CashReward.checkKey(pool, toKey, Percent.ofPercent(minimumPercent)).isEmpty()).isEqualTo(ok);
    }

    @Test
    void split_keyMinimumIsHalfUpOnAnOddFenPool_andCountsOnlyKeyLines() {
        // pool 0.03: half is 0.015 → 0.02; key person gets 2 of 3 fen in the largest-remainder split.
        CashReward.Split split = CashReward.split(new BigDecimal("0.06"), Percent.ofPercent("50"), List.of(
                new CashReward.Member("A", "A", Percent.ofPercent("50"), true),
                new CashReward.Member("B", "B", Percent.ofPercent("50"), false)), Percent.ofPercent("50"));
        assertThat(split.pool()).isEqualByComparingTo("0.03");
        assertThat(split.keyMinimum()).isEqualByComparingTo("0.02");
        assertThat(split.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("0.02", "0.01");
        assertThat(split.toKeyContributors()).isEqualByComparingTo("0.02");
        assertThat(split.isValid()).isTrue();
        assertThat(split.net()).isEqualByComparingTo("0.06");
        assertThat(split.rate()).isEqualTo(Percent.ofPercent("50"));
    }

    @Test
    void split_withNoKeyContributor_isRejected() {
        CashReward.Split split = CashReward.split(new BigDecimal("100.00"), Percent.ofPercent("50"), List.of(
                new CashReward.Member("A", "A", Percent.ofPercent("100"), false)), Percent.ofPercent("50"));
        assertThat(split.toKeyContributors()).isEqualByComparingTo("0.00");
        assertThat(split.isValid()).isFalse();
    }

    /** R-TEAM: a deal on three results, a person on one of them at 100%, gets a third (not rounded to 33%). */
    @ParameterizedTest(name = "shares {0} over {1} results → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100        | 3 | 0.333333
            40;25      | 2 | 0.325000
            33.3333;50 | 2 | 0.416667
            100;100    | 2 | 1.000000
            """)
    void meanShare_ofSharesThatDoNotDivideEvenly(String shares, int results, BigDecimal fraction) {
        List<Percent> p = Arrays.stream(shares.split(";")).map(Percent::ofPercent).toList();
        assertThat(CashReward.meanShare(p, results).fraction()).isEqualByComparingTo(fraction);
    }

    /** R-45-3: a rate of an odd-fen profit is HALF_UP; a loss or no profit earns nothing. */
    @ParameterizedTest(name = "profit {0} × {1}% → {2}")
    @CsvSource(textBlock = """
            0.10,      5,  0.01
            0.09,      5,  0.00
            0.30,      5,  0.02
            100000.10, 5,  5000.01
            33333.33,  10, 3333.33
            0.00,      5,  0.00
            -0.01,     5,  0.00
            """)
    void selfImplementation_minimumIsHalfUpAndNeverNegative(BigDecimal profit, BigDecimal rate, BigDecimal minimum) {
        assertThat(SelfImplementationReward.minimum(profit, Percent.ofPercent(rate))).isEqualByComparingTo(minimum)
                .hasScaleOf(2);
    }

    /** The wage-tax brackets at their upper edges (the edge belongs to the lower bracket) and a fen above. */
    @ParameterizedTest(name = "taxable {0} → {1}")
    @CsvSource(textBlock = """
            0.00,       0.00
            -100.00,    0.00
            0.01,       0.00
            0.17,       0.01
            36000.00,   1080.00
            36000.01,   1080.00
            36000.10,   1080.01
            144000.00,  11880.00
            144000.10,  11880.02
            300000.00,  43080.00
            420000.00,  73080.00
            660000.00,  145080.00
            960000.00,  250080.00
            960000.10,  250080.05
            1000000.00, 268080.00
            """)
    void wageTax_bracketEdges(BigDecimal taxable, BigDecimal tax) {
        assertThat(WageTax.annualTax(taxable)).isEqualByComparingTo(tax).hasScaleOf(2);
    }

    /** R-NET: a cost dated on the receipt day is deducted, one dated the day after is not. */
    @ParameterizedTest(name = "cost on {0}, receipt {1} → net {2}")
    @CsvSource(textBlock = """
            2024-12-31, 2024-12-31, 999.99
            2025-01-01, 2024-12-31, 1000.00
            2024-02-29, 2024-02-29, 999.99
            2024-03-01, 2024-02-29, 1000.00
            """)
    void netIncome_deductsCostsDatedUpToTheReceiptDay(LocalDate costOn, LocalDate receivedOn, BigDecimal net) {
        List<Cost> costs = List.of(new Cost(1L, costOn, CostCategory.TAX, new BigDecimal("0.01"), null));
        NetIncome.Result r = NetIncome.of(new BigDecimal("1000.00"), receivedOn, costs, Map.of(),
                RewardPolicy.DEFAULT_DEDUCTIBLE);
        assertThat(r.net()).isEqualByComparingTo(net);
        assertThat(r.deducted()).isEqualByComparingTo(new BigDecimal("1000.00").subtract(net));
    }

    /** R-NET: deductions stop at the receipt; net is never negative; what was already deducted is not again. */
    @ParameterizedTest(name = "receipt {0}, cost {1}, already {2} → deducted {3}, net {4}")
    @CsvSource(textBlock = """
            100.00, 100.00,  0.00,   100.00, 0.00
            100.00, 100.01,  0.00,   100.00, 0.00
            100.00, 99.99,   0.00,   99.99,  0.01
            100.00, 150.00,  50.00,  100.00, 0.00
            100.00, 150.00,  50.01,  99.99,  0.01
            100.00, 150.00,  150.00, 0.00,   100.00
            100.00, 150.00,  200.00, 0.00,   100.00
            -50.00, 10.00,   0.00,   0.00,   0.00
            """)
    void netIncome_deductsOpenCostsUpToTheReceipt(BigDecimal gross, BigDecimal cost, BigDecimal already,
                                                  BigDecimal deducted, BigDecimal net) {
        List<Cost> costs = List.of(new Cost(7L, LocalDate.of(2024, 1, 1), CostCategory.VALUATION, cost, null));
        NetIncome.Result r = NetIncome.of(gross, LocalDate.of(2024, 6, 1), costs, Map.of(7L, already),
                RewardPolicy.DEFAULT_DEDUCTIBLE);
        assertThat(r.deducted()).isEqualByComparingTo(deducted);
        assertThat(r.net()).isEqualByComparingTo(net);
        assertThat(r.deductions()).hasSize(deducted.signum() > 0 ? 1 : 0);
        assertThat(r.gross()).isEqualByComparingTo(gross);
    }

    /** R-45-2 / R-LEAD on shares that do not divide evenly: value lines add up to the team value. */
    @Test
    void equityReward_oddShares_addUpAndLeaderGetsNothing() {
        EquityReward.Result r = EquityReward.of(new BigDecimal("1000000.01"), Percent.ofPercent("30"),
                Percent.ofPercent("70"), List.of(
                        new EquityReward.Member("P", "P", Percent.ofPercent("33.3333"), LeaderRole.HEAD),
                        new EquityReward.Member("Q", "Q", Percent.ofPercent("33.3333"), LeaderRole.OTHER),
                        new EquityReward.Member("R", "R", Percent.ofPercent("33.3334"), LeaderRole.NONE)));
        assertThat(r.teamValue()).isEqualByComparingTo("700000.01");
        assertThat(r.teamCompanyShare()).isEqualByComparingTo("0.21");
        assertThat(r.universityKeeps()).isEqualByComparingTo("0.09");
        assertThat(r.lines()).extracting(l -> l.value().toPlainString())
                .containsExactly("0.00", "349999.48", "350000.53");
        assertThat(r.lines()).extracting(EquityReward.Line::waived).containsExactly(true, false, false);
        assertThat(r.lines().get(1).companyShare()).isEqualByComparingTo("0.10499984");
        assertThat(r.lines().get(2).companyShare()).isEqualByComparingTo("0.10500016");
    }

    @Test
    void equityReward_onlyALeader_rewardsNobody() {
        EquityReward.Result r = EquityReward.of(new BigDecimal("500000.00"), Percent.ofPercent("20"),
                Percent.ofPercent("50"), List.of(new EquityReward.Member("P", "P", Percent.ofPercent("100"),
                        LeaderRole.HEAD)));
        assertThat(r.teamValue()).isEqualByComparingTo("250000.00");
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.value()).isEqualByComparingTo("0.00");
            assertThat(l.companyShare()).isEqualByComparingTo("0");
            assertThat(l.waived()).isTrue();
        });
    }

    /**
     * R-TAX58, in force from 2018-07-01 (58号 第七条): a reward paid before that day never qualifies; income
     * received before it qualifies when the reward is paid by 2021-07-01.
     */
    @ParameterizedTest(name = "received {0}, paid {1} → eligible {2}")
    @CsvSource(textBlock = """
            2018-01-10, 2018-06-30, false
            2018-01-10, 2018-07-01, true
            2017-05-01, 2021-06-30, true
            2017-05-01, 2021-07-01, true
            2017-05-01, 2021-07-02, false
            2018-07-01, 2021-07-01, true
            """)
    void tax58_inForceFrom2018_07_01(LocalDate received, LocalDate paid, boolean eligible) {
        assertThat(Tax58.check(new BigDecimal("100.00"), DealMode.LICENSE, true, true, true, received, paid).eligible())
                .isEqualTo(eligible);
    }
}
