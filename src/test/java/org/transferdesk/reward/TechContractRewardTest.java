package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
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

/**
 * R-45-TECH without a database: a technical development/consulting/service contract's receipt is proposed at
 * the policy's own rate of net income, R-KEY holds unless the policy switches it off, 58号 never applies, and
 * the performance-pay cap depends on the contract's registration (R-REG).
 */
class TechContractRewardTest {
    private static final RewardPolicy NATIONAL = RewardPolicy.Preset.NATIONAL.policy();

    private static Deal deal(DealMode mode, List<Cost> costs) {
        return DealBuilder.deal().mode(mode).id(9L).contractNo("JS-9").title("某企业技术服务")
                .signedOn(LocalDate.of(2024, 1, 5)).contractAmount(new BigDecimal("2000000.00"))
                .status(DealStatus.SIGNED).costs(costs).build();
    }

    private static Receipt receipt(String amount) {
        return new Receipt(1L, LocalDate.of(2024, 6, 20), new BigDecimal(amount), "PZ-1", null);
    }

    /** E1's costs: 600 + 12,000 + 30,000 + 100,000 = 142,600.00, all before the receipt. */
    private static List<Cost> e1Costs() {
        return List.of(new Cost(1L, LocalDate.of(2024, 6, 20), CostCategory.TAX, new BigDecimal("600.00"), null),
                new Cost(2L, LocalDate.of(2024, 3, 1), CostCategory.MAINTENANCE, new BigDecimal("12000.00"), null),
                new Cost(3L, LocalDate.of(2024, 4, 1), CostCategory.VALUATION, new BigDecimal("30000.00"), null),
                new Cost(4L, LocalDate.of(2024, 5, 1), CostCategory.INTERMEDIARY, new BigDecimal("100000.00"), null));
    }

    private static TeamMember member(long id, String share, boolean key) {
        return new TeamMember(id, "T" + id, "人" + id, new BigDecimal(share), key, LeaderRole.NONE, "R1 " + share);
    }

    private static RewardPolicy tech(String rate, boolean keyRule) {
        return NATIONAL.withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent(rate), keyRule));
    }

    @ParameterizedTest(name = "{0}: receipt {1} − costs at {2}% → net {3}, pool {4}")
    @CsvSource(textBlock = """
            DEVELOPMENT, 2000000.00, 50,      1857400.00, 928700.00
            CONSULTING,  2000000.00, 30,      1857400.00, 557220.00
            SERVICE,     2000000.00, 100,     1857400.00, 1857400.00
            SERVICE,     142600.01,  33.3333, 0.01,       0.00
            SERVICE,     142600.03,  50,      0.03,       0.02
            SERVICE,     100000.00,  70,      0.00,       0.00
            """)
    void technicalContractReceipt_isProposedAtThePolicysRateOfNetIncome(DealMode mode, String amount, String rate,
                                                                       BigDecimal net, BigDecimal pool) {
        Distribution d = DistributionProposer.techContract(deal(mode, e1Costs()),
                List.of(member(1, "0.6", true), member(2, "0.4", false)), List.of(receipt(amount)), Map.of(),
                tech(rate, true));

        assertThat(d.kind()).isEqualTo(DistributionKind.TECH_CONTRACT);
        assertThat(d.mode()).isEqualTo(mode);
        assertThat(d.figures().net()).isEqualByComparingTo(net);
        assertThat(d.figures().rate()).isEqualByComparingTo(Percent.ofPercent(rate).fraction());
        assertThat(d.figures().pool()).isEqualByComparingTo(pool);
        assertThat(d.figures().universityPart()).isEqualByComparingTo(net.subtract(pool));
        assertThat(d.linesTotal()).isEqualByComparingTo(pool);
        assertThat(d.unitParts()).as("R-UNIT-SPLIT is for transfer and licence income").isEmpty();
        assertThat(d.basisDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(d.policy().transferStaffShare()).isEqualByComparingTo("0");
    }

    @Test
    void theRateIsTheTechnicalContractsOne_notTheTransferLicenceRate() {
        RewardPolicy policy = RewardPolicy.Preset.BEIJING.policy()
                .withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent("40"), true));
        Distribution d = DistributionProposer.techContract(deal(DealMode.SERVICE, List.of()),
                List.of(member(1, "1", true)), List.of(receipt("1000.00")), Map.of(), policy);
        assertThat(d.figures().pool()).isEqualByComparingTo("400.00");
        assertThat(d.policy().preset()).isEqualTo(RewardPolicy.Preset.BEIJING);
        assertThat(d.policy().keyMinimum()).isEqualByComparingTo("0.5");
    }

    @Test
    void byDefault_theTechnicalRateFollowsTheTransferLicenceRate_andRKeyApplies() {
        assertThat(RewardPolicy.Preset.NATIONAL.policy().techContracts())
                .isEqualTo(new RewardPolicy.TechContracts(Percent.ofPercent("50"), true));
        assertThat(RewardPolicy.Preset.SHANXI.policy().techContracts().rate()).isEqualTo(Percent.ofPercent("70"));
        RewardPolicy raised = new RewardPolicy(RewardPolicy.Preset.NATIONAL, Percent.ofPercent("85"),
                Percent.ofPercent("50"), Percent.ofPercent("5"), 3, Percent.ofPercent("50"),
                RewardPolicy.DEFAULT_DEDUCTIBLE, 15, RewardPolicy.PublicityCalendar.WORKING_DAYS,
                RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE, Percent.ZERO, null, null);
        assertThat(raised.techContracts().rate()).isEqualTo(Percent.ofPercent("85"));
        assertThat(raised.techKeyMinimum()).isEqualTo(Percent.ofPercent("50"));
        assertThat(raised.withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent("85"), false))
                .techKeyMinimum()).isEqualTo(Percent.ZERO);
    }

    /** E2-style: pool 928,700.00; key contributors need 464,350.00. */
    @ParameterizedTest(name = "key contributors' share {0}, R-KEY {1} → rejected: {2}")
    @CsvSource(textBlock = """
            0.4999, true,  true
            0.45,   true,  true
            0.5,    true,  false
            0.5001, true,  false
            0.4999, false, false
            0.45,   false, false
            0,      false, false
            """)
    void rKey_holdsForTechnicalContracts_unlessThePolicySwitchesItOff(String keyShare, boolean keyRule,
                                                                       boolean rejected) {
        BigDecimal rest = BigDecimal.ONE.subtract(new BigDecimal(keyShare));
        List<TeamMember> team = new BigDecimal(keyShare).signum() == 0 ? List.of(member(2, "1", false))
                : List.of(member(1, keyShare, true), member(2, rest.toPlainString(), false));
        Distribution d = DistributionProposer.techContract(deal(DealMode.DEVELOPMENT, e1Costs()), team,
                List.of(receipt("2000000.00")), Map.of(), tech("50", keyRule));

        assertThat(d.figures().pool()).isEqualByComparingTo("928700.00");
        assertThat(d.policy().keyMinimum()).isEqualByComparingTo(keyRule ? "0.5" : "0");
        List<Problem> problems = DistributionRules.problems(d);
        if (rejected) {
            assertThat(problems).extracting(Problem::key).containsExactly("reward.key.belowMinimum");
        } else {
            assertThat(problems).isEmpty();
        }
        assertThat(DistributionRules.keyMinimum(d)).isEqualByComparingTo(keyRule ? "464350.00" : "0.00");
    }

    @Test
    void exactlyTheKeyMinimum_isAccepted_aFenLessIsNot() {
        Distribution d = DistributionProposer.techContract(deal(DealMode.CONSULTING, e1Costs()),
                List.of(member(1, "0.5", true), member(2, "0.5", false)), List.of(receipt("2000000.00")), Map.of(),
                tech("50", true));
        assertThat(d.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("464350.00", "464350.00");
        assertThat(DistributionRules.problems(d)).isEmpty();
        Distribution fenLess = d.withLines(List.of(
                d.lines().get(0).withAmount(new BigDecimal("0.4999999"), new BigDecimal("464349.99"), "手工"),
                d.lines().get(1).withAmount(new BigDecimal("0.5000001"), new BigDecimal("464350.01"), "手工")), "调整");
        assertThat(DistributionRules.problems(fenLess)).extracting(Problem::key)
                .containsExactly("reward.key.belowMinimum");
    }

    @Test
    void oddFenNetIncome_splitsExactly_linesAddUpToThePool() {
        List<TeamMember> thirds = List.of(member(1, "0.333333", true), member(2, "0.333333", true),
                member(3, "0.333334", false));
        Distribution d = DistributionProposer.techContract(deal(DealMode.SERVICE, List.of()), thirds,
                List.of(receipt("1000.01")), Map.of(), tech("33.3333", true));
        // 1,000.01 × 33.3333% = 333.336663… → 333.34; thirds of it: 111.11, 111.11, 111.12
        assertThat(d.figures().pool()).isEqualByComparingTo("333.34");
        assertThat(d.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("111.11", "111.11", "111.12");
        assertThat(d.linesTotal()).isEqualByComparingTo(d.figures().pool());
        assertThat(d.figures().universityPart()).isEqualByComparingTo("666.67");
    }

    @ParameterizedTest(name = "{0}, registered {1} → 58号 applies: false")
    @CsvSource(textBlock = """
            DEVELOPMENT, true
            CONSULTING,  true
            SERVICE,     false
            """)
    void lineTax_saysFiftyEightIsNotApplicable_forTechnicalContractRewards(DealMode mode, boolean registered) {
        Distribution d = DistributionProposer.techContract(deal(mode, List.of()), List.of(member(1, "1", true)),
                List.of(receipt("10000.00")), Map.of(), NATIONAL);
        Distribution paid = d.withLines(List.of(d.lines().get(0).paid(LocalDate.of(2024, 7, 1), "GZ-1", null)), null)
                .withWorkflow(new Workflow(DistributionStatus.PAID, LocalDate.of(2024, 6, 21),
                        LocalDate.of(2024, 7, 12), "公示〔2024〕1号", null, null, null, null));

        LineTax tax = LineTax.of(paid, paid.lines().get(0), true, registered);
        assertThat(tax).isEqualTo(LineTax.NOT_APPLICABLE);
        assertThat(ExportedDistribution.exemptPart(tax)).isEqualByComparingTo("0.00");
        // the one eligibility check says the same when asked directly: the mode is not a transfer or licence
        Tax58.Eligibility e = Tax58.check(new BigDecimal("5000.00"), mode, true, true, true,
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 1));
        assertThat(e.eligible()).isFalse();
        assertThat(e.failed()).containsExactly(Tax58.Condition.TRANSFER_OR_LICENSE);
        assertThat(e.exemptPart()).isEqualByComparingTo("0.00");
    }

    @Test
    void aTransferLicenceCashLine_isStillJudgedBy58() {
        Distribution d = DistributionProposer.cash(deal(DealMode.LICENSE, List.of()), List.of(member(1, "1", true)),
                List.of(receipt("10000.00")), Map.of(), NATIONAL);
        assertThat(LineTax.of(d, d.lines().get(0), true, true).applicable()).isTrue();
    }

    @ParameterizedTest(name = "{0}, registered {1} → {2}, warning {3}")
    @CsvSource(textBlock = """
            TECH_CONTRACT,       true,  OUTSIDE_CAP, false
            TECH_CONTRACT,       false, INSIDE_CAP,  true
            CASH,                true,  ,            false
            CASH,                false, ,            false
            SELF_IMPLEMENTATION, false, ,            false
            EQUITY,              false, ,            false
            """)
    void payCap_outsideOnlyForARegisteredTechnicalContract_elseAWarning(DistributionKind kind, boolean registered,
                                                                        PayCap expected, boolean warns) {
        assertThat(PayCap.of(kind, registered)).isEqualTo(java.util.Optional.ofNullable(expected));
        java.util.Optional<Problem> warning = PayCap.warning(kind, registered, "JS-9");
        assertThat(warning.isPresent()).isEqualTo(warns);
        warning.ifPresent(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.key()).isEqualTo("reward.tech.insideCap");
            assertThat(w.args()).containsExactly("JS-9");
        });
        assertThat(PayCap.warning(DistributionKind.TECH_CONTRACT, false, null)).get()
                .satisfies(w -> assertThat(w.args()).containsExactly(""));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            TRANSFER,    CASH
            LICENSE,     CASH
            DEVELOPMENT, TECH_CONTRACT
            CONSULTING,  TECH_CONTRACT
            SERVICE,     TECH_CONTRACT
            SELF,        SELF_IMPLEMENTATION
            COOPERATION, SELF_IMPLEMENTATION
            EQUITY,
            """)
    void aCashRewardOnEachMode_isItsKind(DealMode mode, DistributionKind kind) {
        assertThat(DistributionKind.ofCash(mode)).isEqualTo(java.util.Optional.ofNullable(kind));
    }

    @ParameterizedTest
    @EnumSource(DistributionKind.class)
    void receiptKinds_areCashTechnicalAndOwnersIncome(DistributionKind kind) {
        assertThat(kind.distributesReceipts()).isEqualTo(kind == DistributionKind.CASH
                || kind == DistributionKind.TECH_CONTRACT || kind == DistributionKind.OWNERSHIP_INCOME);
        assertThat(kind.paysCash()).isEqualTo(kind != DistributionKind.EQUITY);
    }

    @ParameterizedTest(name = "technical rate {0} → refused: {1}")
    @CsvSource(textBlock = """
            0,        true
            0.0001,   false
            100,      false
            100.0001, true
            -5,       true
            """)
    void theTechnicalRate_hasNoFloorButMustBeAboveZeroAndAtMostAll(String rate, boolean refused) {
        List<Problem> problems = tech(rate, true).belowFloor(LocalDate.of(2024, 1, 20));
        if (refused) {
            assertThat(problems).extracting(Problem::field, Problem::key)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("reward.policy.techContract",
                            "reward.policy.techRateRange"));
        } else {
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void techContracts_needARate() {
        assertThatThrownBy(() -> new RewardPolicy.TechContracts(null, true)).isInstanceOf(NullPointerException.class);
    }
}
