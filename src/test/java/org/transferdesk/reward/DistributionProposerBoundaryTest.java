package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;

/**
 * The proposer, the distribution rules and the per-line 58号 view without a database: odd-fen receipts,
 * thirds, a pool exactly at the key minimum, and the payment deadline seen from a distribution.
 */
class DistributionProposerBoundaryTest {
    private static final RewardPolicy NATIONAL = RewardPolicy.Preset.NATIONAL.policy();

    private static Deal deal(DealMode mode, List<Cost> costs, Equity equity) {
        return DealBuilder.deal().mode(mode).id(5L).contractNo("HT-5").title("合同五").signedOn(LocalDate.of(2023, 12, 31))
                .contractAmount(new BigDecimal("1000000.01")).status(DealStatus.SIGNED).costs(costs).equity(equity)
                .build();
    }

    private static TeamMember member(long id, String share, boolean key, LeaderRole role) {
        return new TeamMember(id, "T" + id, "人" + id, new BigDecimal(share), key, role, "R1 " + share);
    }

    private static List<TeamMember> thirds() {
        return List.of(member(1, "0.333333", true, LeaderRole.NONE), member(2, "0.333333", true, LeaderRole.NONE),
                member(3, "0.333334", false, LeaderRole.NONE));
    }

    private static Receipt receipt(long id, String on, String amount) {
        return new Receipt(id, LocalDate.parse(on), new BigDecimal(amount), "PZ-" + id, null);
    }

    @Test
    void cash_oddFenReceiptsInThirds_poolHalfUpAndLinesAddUp() {
        List<Cost> costs = List.of(new Cost(1L, LocalDate.of(2024, 12, 31), CostCategory.TAX, new BigDecimal("0.02"), null),
                new Cost(2L, LocalDate.of(2025, 1, 1), CostCategory.TAX, new BigDecimal("50.00"), null));
        Distribution d = DistributionProposer.cash(deal(DealMode.LICENSE, costs, null), thirds(),
                List.of(receipt(1, "2024-01-01", "33333.33"), receipt(2, "2024-12-31", "0.02")), Map.of(), NATIONAL);
        // gross 33,333.35 − the cost of 31 December 0.02 (the one of 1 January is later) = 33,333.33; × 50%.
        assertThat(d.figures().gross()).isEqualByComparingTo("33333.35");
        assertThat(d.figures().deducted()).isEqualByComparingTo("0.02");
        assertThat(d.figures().net()).isEqualByComparingTo("33333.33");
        assertThat(d.figures().pool()).isEqualByComparingTo("16666.67");
        assertThat(d.figures().universityPart()).isEqualByComparingTo("16666.66");
        assertThat(d.figures().rate()).isEqualByComparingTo("0.5");
        assertThat(d.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("5555.55", "5555.55", "5555.57");
        assertThat(d.linesTotal()).isEqualByComparingTo("16666.67");
        assertThat(d.basisDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.firstReceiptDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(d.deductions()).singleElement().satisfies(c -> assertThat(c.deducted()).isEqualByComparingTo("0.02"));
        assertThat(d.receipts()).hasSize(2);
        assertThat(d.kind()).isEqualTo(DistributionKind.CASH);
        assertThat(DistributionRules.problems(d)).isEmpty();
        assertThat(DistributionRules.keyMinimum(d)).isEqualByComparingTo("8333.34");
    }

    @Test
    void cash_zhejiangKeepsTheStaffPartOutOfTheTeamsLines_andTheRulesAskForIt() {
        Distribution d = DistributionProposer.cash(deal(DealMode.TRANSFER, List.of(), null), thirds(),
                List.of(receipt(1, "2024-05-01", "1000.01")), Map.of(), RewardPolicy.Preset.ZHEJIANG.policy());
        // pool 700.007 → 700.01; staff 5% = 35.0005 → 35.00; team 665.01.
        assertThat(d.figures().pool()).isEqualByComparingTo("700.01");
        assertThat(d.linesTotal()).isEqualByComparingTo("665.01");
        assertThat(DistributionRules.problems(d)).extracting(Problem::key)
                .contains("reward.lines.total", "reward.transferStaff.belowMinimum");
        List<DistributionLine> lines = new ArrayList<>(d.lines());
        lines.add(new DistributionLine(null, 9, "S9", "转移人员", LineRole.TRANSFER_STAFF, null,
                new BigDecimal("35.00"), null, false, LeaderRole.NONE, false, null, null, null, null));
        Distribution withStaff = d.withLines(lines, "浙江");
        // Key contributors hold 2 × 221.67 = 443.34 of 700.01; 70% is 490.01: still rejected (R-KEY 浙江).
        assertThat(DistributionRules.problems(withStaff)).extracting(Problem::key)
                .containsExactly("reward.key.belowMinimum");
        List<DistributionLine> short1 = new ArrayList<>(d.lines());
        short1.add(lines.get(3).withAmount(null, new BigDecimal("34.99"), "x"));
        assertThat(DistributionRules.problems(d.withLines(short1, "x"))).extracting(Problem::key)
                .contains("reward.lines.total", "reward.transferStaff.belowMinimum");
    }

    @ParameterizedTest(name = "key lines {0} of pool {1} → ok {2}")
    @CsvSource(textBlock = """
            50.01, 100.01, true
            50.00, 100.01, false
            50.00, 100.00, true
            49.99, 100.00, false
            """)
    void rules_keyContributorsExactlyAtHalf_pass(BigDecimal toKey, BigDecimal pool, boolean ok) {
        List<DistributionLine> lines = List.of(
                line(1, toKey, true), line(2, pool.subtract(toKey), false));
        Distribution cash = new Distribution(null, DistributionKind.CASH, 5L, "HT-5", DealMode.LICENSE, "t", null, null,
                LocalDate.of(2024, 1, 1), AppliedPolicy.of(NATIONAL), List.of(), List.of(),
                new Figures(pool, BigDecimal.ZERO, pool, new BigDecimal("1"), pool, BigDecimal.ZERO, null), null, null,
                false, lines, 0);
        assertThat(DistributionRules.problems(cash).isEmpty()).isEqualTo(ok);
    }

    private static DistributionLine line(long person, BigDecimal amount, boolean key) {
        return new DistributionLine(null, person, "T" + person, "人" + person, LineRole.INVENTOR, null, amount, null,
                key, LeaderRole.NONE, false, null, null, null, null);
    }

    @Test
    void rules_refuseDuplicatesNegativesAndMissingLines() {
        Distribution base = DistributionProposer.cash(deal(DealMode.LICENSE, List.of(), null), thirds(),
                List.of(receipt(1, "2024-05-01", "0.06")), Map.of(), NATIONAL);
        assertThat(base.figures().pool()).isEqualByComparingTo("0.03");
        assertThat(DistributionRules.problems(base.withLines(List.of(), "x"))).extracting(Problem::key)
                .containsExactly("reward.lines.none");
        DistributionLine one = base.lines().get(0);
        assertThat(DistributionRules.problems(base.withLines(List.of(one, one), "x"))).extracting(Problem::key)
                .containsExactly("reward.lines.duplicate");
        assertThat(DistributionRules.problems(base.withLines(List.of(one.withAmount(null, new BigDecimal("-0.01"), "x"),
                base.lines().get(1)), "x"))).extracting(Problem::key).containsExactly("reward.lines.negative");
        Distribution zero = DistributionProposer.cash(deal(DealMode.LICENSE, List.of(), null), thirds(),
                List.of(receipt(1, "2024-05-01", "0.00")), Map.of(), NATIONAL);
        assertThat(DistributionRules.problems(zero.withLines(List.of(), "x"))).isEmpty();
    }

    @Test
    void equity_leaderWaivedOrConvertedToCash() {
        Equity equity = new Equity(7L, "新公司", Percent.ofPercent("30"), null);
        List<TeamMember> team = List.of(member(1, "0.2", false, LeaderRole.HEAD), member(2, "0.5", true, LeaderRole.NONE),
                member(3, "0.3", true, LeaderRole.OTHER));
        Distribution waived = DistributionProposer.equity(deal(DealMode.EQUITY, List.of(), equity), team, NATIONAL);
        assertThat(waived.figures().pool()).isEqualByComparingTo("500000.01");
        assertThat(waived.figures().teamCompanyShare()).isEqualByComparingTo("0.15");
        assertThat(waived.figures().universityPart()).isEqualByComparingTo("500000.00");
        assertThat(waived.lines()).extracting(DistributionLine::waived).containsExactly(true, false, false);
        assertThat(waived.lines().get(0).amount()).isEqualByComparingTo("0.00");
        assertThat(waived.lines().get(1).equityShare()).isEqualByComparingTo("0.09375");
        assertThat(waived.basisDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(DistributionRules.problems(waived)).isEmpty();

        RewardPolicy convert = new RewardPolicy(NATIONAL.jurisdiction(), NATIONAL.transferLicenseRate(),
                NATIONAL.equityRate(), NATIONAL.selfRate(), NATIONAL.selfYears(), NATIONAL.keyContributorMinimum(),
                NATIONAL.deductible(), NATIONAL.publicityDays(), NATIONAL.publicityCalendar(),
                RewardPolicy.LeaderEquity.CONVERT_TO_CASH, null, null, null);
        Distribution converted = DistributionProposer.equity(deal(DealMode.EQUITY, List.of(), equity), team, convert);
        // Converted: the leader keeps the value at 作价 but gets no shares (R-LEAD).
        assertThat(converted.lines().get(0).amount()).isEqualByComparingTo("100000.00");
        assertThat(converted.lines().get(0).equityShare()).isEqualByComparingTo("0");
        assertThat(converted.lines().get(0).isEquity()).isFalse();
        assertThat(converted.lines().get(1).isEquity()).isTrue();
        assertThat(DistributionRules.problems(converted)).isEmpty();
        List<DistributionLine> sharesToLeader = new ArrayList<>(converted.lines());
        DistributionLine l = sharesToLeader.get(0);
        sharesToLeader.set(0, new DistributionLine(null, l.personId(), l.staffNo(), l.name(), l.role(), l.share(),
                l.amount(), new BigDecimal("0.01"), false, LeaderRole.HEAD, false, null, null, null, null));
        assertThat(DistributionRules.problems(converted.withLines(sharesToLeader, "x"))).extracting(Problem::key)
                .containsExactly("reward.lead.equity");
    }

    @ParameterizedTest(name = "profit {0} of {1} → pool {2}")
    @CsvSource(textBlock = """
            200000.10, 2024, 10000.01, 2024-12-31
            -0.01,     2024, 0.00,     2024-12-31
            0.09,      2023, 0.00,     2023-12-31
            """)
    void selfImplementation_poolOfTheYearEndingOn31December(BigDecimal profit, int year, BigDecimal pool,
                                                            LocalDate basis) {
        Distribution d = DistributionProposer.selfImplementation(deal(DealMode.SELF, List.of(), null), thirds(), year,
                profit, NATIONAL);
        assertThat(d.figures().pool()).isEqualByComparingTo(pool);
        assertThat(d.basisDate()).isEqualTo(basis);
        assertThat(d.profitYear()).isEqualTo(year);
        assertThat(d.linesTotal()).isEqualByComparingTo(pool);
        assertThat(d.lines()).hasSize(3);
        assertThat(d.figures().net()).isEqualByComparingTo(profit.max(BigDecimal.ZERO));
        assertThat(d.figures().universityPart()).isEqualByComparingTo(profit.max(BigDecimal.ZERO).subtract(pool));
    }

    @ParameterizedTest(name = "{0} → bonus {1}")
    @CsvSource(textBlock = """
            INVENTION_PATENT, 4000.00, 1333.33;1333.33;1333.34
            UTILITY_MODEL,    1500.00, 500.00;500.00;500.00
            DESIGN,           1500.00, 500.00;500.00;500.00
            """)
    void patentBonus_floorsSplitInThirds(IpType type, BigDecimal bonus, String lines) {
        Distribution d = DistributionProposer.patentBonus(new IpAsset(3L, type, "202310123456.6", null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 2, 29), IpStatus.GRANTED, null), "成果", thirds(), NATIONAL);
        assertThat(d.figures().pool()).isEqualByComparingTo(bonus);
        assertThat(d.basisDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(d.title()).isEqualTo("202310123456.6 成果");
        assertThat(d.lines()).extracting(l -> l.amount().toPlainString()).containsExactly(lines.split(";"));
        assertThat(DistributionRules.problems(d)).isEmpty();
    }

    @Test
    void ownershipIncome_teamShareOfAnOddFenNet_isHalfUp() {
        ResultOwnership.CoOwnership co = new ResultOwnership.CoOwnership(new BigDecimal("0.7"), thirds());
        Distribution d = DistributionProposer.ownershipIncome(deal(DealMode.LICENSE, List.of(), null), co,
                List.of(receipt(1, "2024-12-31", "0.05")), Map.of(), NATIONAL);
        assertThat(d.figures().pool()).isEqualByComparingTo("0.04");
        assertThat(d.figures().universityPart()).isEqualByComparingTo("0.01");
        assertThat(d.kind()).isEqualTo(DistributionKind.OWNERSHIP_INCOME);
        assertThat(d.linesTotal()).isEqualByComparingTo("0.04");
        // Owners' income is no reward: 58号 does not apply to its lines (R-PILOT-INCOME).
        assertThat(LineTax.of(d, d.lines().get(0), true, true).applicable()).isFalse();
    }

    /**
     * R-TAX58 per line, 36 months per receipt (DOMAIN §4): paid within the first receipt's window the whole line
     * qualifies; after it but within the second's only the second receipt's part (0.02 of 0.05: 0.01 × 2/5 ÷ 2 =
     * 0.002 → 0.00 to the fen), still eligible and filed; after both, not eligible and no 备案表.
     */
    @ParameterizedTest(name = "first receipt {0}, paid {1} → eligible {2}, 备案表 {3}, exempt {4}")
    @CsvSource(textBlock = """
            2021-12-31, 2024-12-31, true,  2025-01-15, 0.01
            2021-12-31, 2025-01-01, true,  2025-02-15, 0.00
            2021-12-31, 2025-01-31, true,  2025-02-15, 0.00
            2021-12-31, 2025-02-01, false, '',         0.00
            2024-02-29, 2027-02-28, true,  2027-03-15, 0.01
            2024-02-29, 2027-03-01, true,  2027-04-15, 0.00
            2024-02-29, 2027-03-30, false, '',         0.00
            2024-02-29, ,           true,  '',         0.01
            """)
    void lineTax_windowPerReceipt(LocalDate first, LocalDate paid, boolean eligible, String filingDue, String exempt) {
        Distribution d = DistributionProposer.cash(deal(DealMode.LICENSE, List.of(), null), thirds(),
                List.of(receipt(1, first.toString(), "0.03"), receipt(2, first.plusMonths(1).toString(), "0.02")),
                Map.of(), NATIONAL);
        Distribution publicised = d.withWorkflow(new Workflow(DistributionStatus.APPROVED, first, first.plusDays(30),
                null, null, null, null, null));
        DistributionLine line = d.lines().get(0);
        LineTax tax = LineTax.of(publicised, paid == null ? line : line.paid(paid, "P1", null), true, true);
        assertThat(tax.applicable()).isTrue();
        assertThat(tax.eligibility().eligible()).isEqualTo(eligible);
        assertThat(tax.eligibility().paymentDeadline()).isEqualTo(first.plusMonths(36));
        assertThat(tax.filingDue()).isEqualTo(filingDue.isEmpty() ? null : LocalDate.parse(filingDue));
        // 0.05 × 50% = 0.025 → pool 0.03, 0.01 a third: its exempt half 0.005 → 0.01.
        assertThat(line.amount()).isEqualByComparingTo("0.01");
        assertThat(tax.eligibility().exemptPart()).isEqualByComparingTo(exempt).hasScaleOf(2);
        // Not publicised, not registered, or from a development deal: never eligible.
        assertThat(LineTax.of(d, line, true, true).eligibility().eligible()).isFalse();
        assertThat(LineTax.of(publicised, line, true, false).eligibility().eligible()).isFalse();
    }

    @Test
    void lineTax_notApplicableToEquityOrZeroLines() {
        Equity equity = new Equity(7L, "新公司", Percent.ofPercent("30"), null);
        Distribution eq = DistributionProposer.equity(deal(DealMode.EQUITY, List.of(), equity), thirds(), NATIONAL);
        assertThat(LineTax.of(eq, eq.lines().get(0), true, true)).isEqualTo(LineTax.NOT_APPLICABLE);
        Distribution zero = DistributionProposer.selfImplementation(deal(DealMode.SELF, List.of(), null), thirds(), 2024,
                BigDecimal.ZERO, NATIONAL);
        assertThat(LineTax.of(zero, zero.lines().get(0), true, true).applicable()).isFalse();
        Distribution self = DistributionProposer.selfImplementation(deal(DealMode.SELF, List.of(), null), thirds(), 2024,
                new BigDecimal("1000.00"), NATIONAL);
        LineTax selfTax = LineTax.of(self, self.lines().get(0), true, true);
        assertThat(selfTax.applicable()).isTrue();
        assertThat(selfTax.eligibility().failed()).contains(Tax58.Condition.TRANSFER_OR_LICENSE);
    }

    /** R-TEAM: three results weighted equally; a person on one result only gets a third of their share. */
    @Test
    void teamShares_meanAcrossResults_withThirds() {
        ResultTeam r1 = new ResultTeam(1, "R1", List.of(
                new Inventor(1, "T1", "甲", Percent.ofPercent("100"), true)));
        ResultTeam r2 = new ResultTeam(2, "R2", List.of(
                new Inventor(1, "T1", "甲", Percent.ofPercent("50"), false),
                new Inventor(2, "T2", "乙", Percent.ofPercent("50"), false)));
        ResultTeam r3 = new ResultTeam(3, "R3", List.of(
                new Inventor(2, "T2", "乙", Percent.ofPercent("100"), false)));
        List<TeamMember> team = TeamShares.of(List.of(r1, r2, r3), id -> id == 2 ? LeaderRole.OTHER : LeaderRole.NONE);
        assertThat(team).extracting(TeamMember::staffNo).containsExactly("T1", "T2");
        assertThat(team.get(0).share()).isEqualByComparingTo("0.5");
        assertThat(team.get(0).keyContributor()).isTrue();
        assertThat(team.get(1).share()).isEqualByComparingTo("0.5");
        assertThat(team.get(1).keyContributor()).isFalse();
        assertThat(team.get(1).leaderRole()).isEqualTo(LeaderRole.OTHER);
        assertThat(team.get(0).source()).isEqualTo("R1 100%*; R2 50% ÷ 3");
        List<TeamMember> one = TeamShares.of(List.of(new ResultTeam(4, "R4", List.of(
                new Inventor(3, "T3", "丙", Percent.ofPercent("33.3333"), true)))), id -> LeaderRole.NONE);
        assertThat(one.get(0).share()).isEqualByComparingTo("0.333333");
        assertThat(one.get(0).source()).isEqualTo("R4 33.3333%*");
        List<TeamMember> thirdOfOne = TeamShares.of(List.of(r1, new ResultTeam(5, "R5", List.of()),
                new ResultTeam(6, "R6", List.of())), id -> LeaderRole.NONE);
        assertThat(thirdOfOne.get(0).share()).isEqualByComparingTo("0.3333333333");
        assertThat(TeamShares.of(List.of(), id -> LeaderRole.NONE)).isEmpty();
    }
}
