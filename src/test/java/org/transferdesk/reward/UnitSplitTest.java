package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.transferdesk.deal.Receipt;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardPolicy.UnitShares;
import org.transferdesk.reward.UnitPart.Unit;

/**
 * R-UNIT-SPLIT with R-ROUND: the university's part of transfer/licence net income split among 学校, the result's
 * 学院 and the technology-transfer office (西北农林科技大学 from 2019-01-01: 80% team, 10% 学校, 10% 学院), the lines
 * adding up to the university part to the fen; and the policy checks on the shares.
 */
class UnitSplitTest {
    private static UnitShares shares(String university, String school, String office) {
        return new UnitShares(Percent.ofPercent(university), Percent.ofPercent(school), Percent.ofPercent(office));
    }

    private static RewardPolicy policy(RewardPolicy.Preset preset, String team, UnitShares shares) {
        RewardPolicy base = preset.policy();
        return new RewardPolicy(preset, Percent.ofPercent(team), base.equityRate(), base.selfRate(), base.selfYears(),
                base.keyContributorMinimum(), base.deductible(), base.publicityDays(), base.publicityCalendar(),
                base.leaderEquity(), base.transferStaffShare(), base.inventionBonus(), base.otherPatentBonus(), null,
                shares);
    }

    private static Deal licence(List<Cost> costs) {
        return DealBuilder.deal().mode(DealMode.LICENSE).id(7L).contractNo("XK-7").title("专利许可")
                .signedOn(LocalDate.of(2024, 6, 1)).contractAmount(new BigDecimal("3000000.00"))
                .status(DealStatus.SIGNED).costs(costs).build();
    }

    private static List<TeamMember> e1Team() {
        return List.of(new TeamMember(1, "R001", "甲", new BigDecimal("0.4"), true, LeaderRole.NONE, "R1 40%*"),
                new TeamMember(2, "R002", "乙", new BigDecimal("0.25"), true, LeaderRole.NONE, "R1 25%*"),
                new TeamMember(3, "R003", "丙", new BigDecimal("0.2"), false, LeaderRole.NONE, "R1 20%"),
                new TeamMember(4, "R004", "丁", new BigDecimal("0.15"), false, LeaderRole.NONE, "R1 15%"));
    }

    @Test
    void e1_eightyTenTen_poolAndTheUniversitysLines() {
        List<Cost> costs = List.of(new Cost(1L, LocalDate.of(2024, 6, 20), CostCategory.TAX, new BigDecimal("600.00"), null),
                new Cost(2L, LocalDate.of(2024, 3, 1), CostCategory.MAINTENANCE, new BigDecimal("12000.00"), null),
                new Cost(3L, LocalDate.of(2024, 4, 1), CostCategory.VALUATION, new BigDecimal("30000.00"), null),
                new Cost(4L, LocalDate.of(2024, 5, 1), CostCategory.INTERMEDIARY, new BigDecimal("100000.00"), null));
        Distribution d = DistributionProposer.cash(licence(costs), e1Team(),
                List.of(new Receipt(1L, LocalDate.of(2024, 6, 20), new BigDecimal("2000000.00"), "PZ-1", null)), Map.of(),
                policy(RewardPolicy.Preset.NATIONAL, "80", shares("10", "10", "0")), List.of("资源环境学院"));

        assertThat(d.figures().net()).isEqualByComparingTo("1857400.00");
        assertThat(d.figures().pool()).isEqualByComparingTo("1485920.00");
        assertThat(d.figures().universityPart()).isEqualByComparingTo("371480.00");
        assertThat(d.unitParts()).extracting(UnitPart::unit, UnitPart::name, p -> p.amount().toPlainString())
                .containsExactly(tuple(Unit.UNIVERSITY, "", "185740.00"), tuple(Unit.SCHOOL, "资源环境学院", "185740.00"));
        assertThat(d.unitParts()).extracting(UnitPart::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.1"), new BigDecimal("0.1"));
        assertThat(d.linesTotal()).isEqualByComparingTo("1485920.00");
        assertThat(d.unitParts()).isSameAs(d.figures().unitParts());
    }

    @Test
    void withoutASplit_thereAreNoUnitLines_theWholePartStaysWithTheUniversity() {
        Distribution d = DistributionProposer.cash(licence(List.of()), e1Team(),
                List.of(new Receipt(1L, LocalDate.of(2024, 6, 20), new BigDecimal("1000.00"), null, null)), Map.of(),
                RewardPolicy.Preset.BEIJING.policy());
        assertThat(d.unitParts()).isEmpty();
        assertThat(d.figures().universityPart()).isEqualByComparingTo("300.00");
        assertThat(UnitShares.NONE.splits()).isFalse();
    }

    /** Each row: net, team rate, 学校/学院/office shares, the departments, the expected lines "unit name amount". */
    @ParameterizedTest(name = "net {0} at {1}% team, {2}/{3}/{4} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            1000.01 | 80 | 10 | 10 | 0  | 材料学院          | UNIVERSITY  100.00; SCHOOL 材料学院 100.00
            1000.03 | 80 | 10 | 10 | 0  | 材料学院          | UNIVERSITY  100.01; SCHOOL 材料学院 100.00
            1000.01 | 80 | 10 | 5  | 5  | 材料学院          | UNIVERSITY  100.00; SCHOOL 材料学院 50.00; TRANSFER_OFFICE  50.00
            1000.05 | 70 | 10 | 10 | 10 | 材料学院          | UNIVERSITY  100.01; SCHOOL 材料学院 100.00; TRANSFER_OFFICE  100.00
            999.99  | 70 | 0  | 10 | 10 | 材料学院          | UNIVERSITY  100.00; SCHOOL 材料学院 100.00; TRANSFER_OFFICE  100.00
            100.00  | 50 | 0  | 0  | 10 |                   | UNIVERSITY  40.00; TRANSFER_OFFICE  10.00
            100.00  | 80 | 0  | 20 | 0  | 材料学院,计算机学院  | SCHOOL 材料学院 10.00; SCHOOL 计算机学院 10.00
            100.01  | 80 | 0  | 20 | 0  | 甲院,乙院,甲院       | SCHOOL 甲院 13.33; SCHOOL 乙院 6.67
            100.00  | 80 | 10 | 10 | 0  |                   | UNIVERSITY  10.00; SCHOOL  10.00
            0.01    | 50 | 10 | 20 | 20 | 材料学院          | UNIVERSITY  0.00; SCHOOL 材料学院 0.00; TRANSFER_OFFICE  0.00
            0.00    | 80 | 10 | 10 | 0  | 材料学院          | UNIVERSITY  0.00; SCHOOL 材料学院 0.00
            """)
    void oddFenNetIncome_linesAddUpToTheUniversityPart(BigDecimal net, String team, String university, String school,
                                                      String office, String departments, String expected) {
        BigDecimal pool = CashReward.pool(net, Percent.ofPercent(team));
        BigDecimal universityPart = net.subtract(pool);
        List<UnitPart> parts = UnitSplit.parts(universityPart, Percent.ofPercent(team).fraction(),
                shares(university, school, office), departments == null ? List.of()
                        : Arrays.stream(departments.split(",")).toList());

        assertThat(parts).extracting(p -> (p.unit() + " " + p.name() + " " + p.amount().toPlainString()))
                .containsExactly(Arrays.stream(expected.split(";")).map(String::strip).toArray(String[]::new));
        assertThat(parts.stream().map(UnitPart::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(universityPart.signum() > 0 ? universityPart : BigDecimal.ZERO);
    }

    @Test
    void theUniversityKeepsTheRest_asPartOfItsShare() {
        List<UnitPart> parts = UnitSplit.parts(new BigDecimal("300.00"), new BigDecimal("0.7"),
                shares("5", "10", "0"), List.of("材料学院"));
        assertThat(parts).extracting(UnitPart::unit, p -> p.share().stripTrailingZeros().toPlainString(),
                p -> p.amount().toPlainString())
                .containsExactly(tuple(Unit.UNIVERSITY, "0.2", "200.00"), tuple(Unit.SCHOOL, "0.1", "100.00"));
    }

    @Test
    void aBlankDepartment_isAnUnnamedSchoolLine() {
        List<UnitPart> parts = UnitSplit.parts(new BigDecimal("100.00"), new BigDecimal("0.9"),
                shares("0", "10", "0"), Arrays.asList(null, " "));
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.name()).isEmpty();
            assertThat(p.amount()).isEqualByComparingTo("100.00");
            assertThat(p.label()).isEqualTo(Unit.SCHOOL.label());
        });
        assertThat(new UnitPart(Unit.SCHOOL, " 材料学院 ", BigDecimal.ONE, BigDecimal.ONE).label())
                .isEqualTo(Unit.SCHOOL.label() + "（材料学院）");
        assertThat(new UnitPart(Unit.UNIVERSITY, null, BigDecimal.ONE, BigDecimal.ONE).name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: team {1}% + 学校 {2} / 学院 {3} / office {4} → {5}")
    @CsvSource(textBlock = """
            NATIONAL, 80,      10,      10,      0,       ''
            NATIONAL, 80,      10,      10,      0.0001,  reward.policy.unitUniversity:reward.policy.unitSharesTooHigh
            NATIONAL, 80.0001, 10,      10,      0,       reward.policy.unitUniversity:reward.policy.unitSharesTooHigh
            NATIONAL, 50,      0,       0,       50,      ''
            NATIONAL, 50,      -1,      0,       0,       reward.policy.unitUniversity:reward.policy.unitShareRange
            NATIONAL, 50,      0,       100.0001, 0,      reward.policy.unitSchool:reward.policy.unitShareRange
            NATIONAL, 50,      0,       0,       -0.0001, reward.policy.unitOffice:reward.policy.unitShareRange
            BEIJING,  70,      0,       0,       30,      ''
            SHANDONG, 70,      10,      10,      10,      ''
            SHANDONG, 70,      0,       0,       10.0001, reward.policy.unitOffice:reward.policy.unitOfficeCeiling
            SHANDONG, 85,      0,       0,       20,      reward.policy.unitUniversity:reward.policy.unitSharesTooHigh;reward.policy.unitOffice:reward.policy.unitOfficeCeiling
            """)
    void unitShares_areCheckedWithThePolicy(RewardPolicy.Preset preset, String team, String university, String school,
                                           String office, String expected) {
        List<Problem> problems = policy(preset, team, shares(university, school, office)).belowFloor(LocalDate.of(2024, 1, 20));
        assertThat(problems).extracting(p -> p.field() + ":" + p.key())
                .containsExactly(expected.isEmpty() ? new String[0] : expected.split(";"));
        assertThat(problems).allMatch(Problem::isError);
    }

    @Test
    void shandongCeiling_isTenPercent_othersHaveNone() {
        assertThat(RewardPolicy.Preset.SHANDONG.transferOfficeMaximum()).contains(Percent.ofPercent("10"));
        assertThat(RewardPolicy.Preset.ZHEJIANG.transferOfficeMaximum()).isEmpty();
        assertThat(RewardPolicy.Preset.NATIONAL.transferOfficeMaximum()).isEmpty();
    }

    @Test
    void unitShares_totalAndWhetherTheySplit() {
        UnitShares s = shares("10", "5", "2.5");
        assertThat(s.total()).isEqualTo(Percent.ofPercent("17.5"));
        assertThat(s.splits()).isTrue();
        assertThat(shares("0", "0", "1").splits()).isTrue();
        assertThat(shares("0", "1", "0").splits()).isTrue();
        assertThat(new UnitShares(null, null, null)).isEqualTo(UnitShares.NONE);
        assertThat(policy(RewardPolicy.Preset.NATIONAL, "50", null).unitShares()).isEqualTo(UnitShares.NONE);
    }
}
