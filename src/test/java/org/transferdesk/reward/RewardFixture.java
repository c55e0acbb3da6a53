package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Records for reward tests, written straight through the repositories: the E1 team (A 40%*, B 25%*,
 * C 20%, D 15%), a result they invented and a registered licence with E1's receipt and costs.
 */
public final class RewardFixture {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private final DSLContext dsl;
    public final List<Person> team = new ArrayList<>();
    public Disclosure result;

    public RewardFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Persons R001–R004 (R001 optionally a 正职领导) and result R-2023-0001 with the E1 shares. */
    public RewardFixture e1Team(LeaderRole firstRole) {
        return team(firstRole, new String[] {"40", "25", "20", "15"}, new boolean[] {true, true, false, false});
    }

    /** E5: P (正职领导) 20%, Q 48%*, R 32%*. */
    public RewardFixture e5Team() {
        return team(LeaderRole.HEAD, new String[] {"20", "48", "32"}, new boolean[] {false, true, true});
    }

    public RewardFixture team(LeaderRole firstRole, String[] shares, boolean[] key) {
        String[][] people = {{"R001", "甲教授"}, {"R002", "乙老师"}, {"R003", "丙博士"}, {"R004", "丁工程师"}};
        PersonRepository repo = new PersonRepository(dsl);
        for (int i = 0; i < shares.length; i++) {
            Person p = Person.create(people[i][0], people[i][1]);
            p = new Person(null, p.staffNo(), p.name(), null, null, i == 0 ? firstRole : LeaderRole.NONE, null, null, 0);
            team.add(repo.save(p, "test", NOW));
        }
        List<Inventor> inventors = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            inventors.add(new Inventor(team.get(i).id(), team.get(i).staffNo(), team.get(i).name(),
                    Percent.ofPercent(shares[i]), key[i]));
        }
        Disclosure blank = Disclosure.blank(LocalDate.of(2023, 3, 1));
        result = new DisclosureRepository(dsl).save(DisclosureBuilder.disclosure().status(blank.status())
                .resultNo("R-2023-0001").title("一种高镍正极材料的制备方法").disclosedOn(LocalDate.of(2023, 3, 1))
                .resultType(ResultType.values()[0]).inventors(inventors).build(), "test", NOW);
        return this;
    }

    /** E1: licence, receipt 2,000,000.00 on 2024-06-20; costs 600 + 12,000 + 30,000 + 100,000 before it. */
    public Deal e1Licence(String contractNo, boolean registered) {
        List<Cost> costs = List.of(
                new Cost(null, LocalDate.of(2024, 6, 20), CostCategory.TAX, new BigDecimal("600.00"), "印花税"),
                new Cost(null, LocalDate.of(2024, 3, 1), CostCategory.MAINTENANCE, new BigDecimal("12000.00"), "年费"),
                new Cost(null, LocalDate.of(2024, 4, 1), CostCategory.VALUATION, new BigDecimal("30000.00"), "评估"),
                new Cost(null, LocalDate.of(2024, 5, 1), CostCategory.INTERMEDIARY, new BigDecimal("100000.00"), "中介"));
        return licence(contractNo, registered, List.of(
                new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("2000000.00"), "PZ-001", null)), costs);
    }

    /** E6: licence, receipt 1,000,000.00 on 2025-03-01 (after the grant is registered); a 20,300.00 tax before. */
    public Deal e6Licence() {
        return licence("E6", true,
                List.of(new Receipt(null, LocalDate.of(2025, 3, 1), new BigDecimal("1000000.00"), null, null)),
                List.of(new Cost(null, LocalDate.of(2025, 2, 1), CostCategory.TAX, new BigDecimal("20300.00"), null)));
    }

    /** E6's receipt as the owners' income (R-PILOT-INCOME): the school keeps 30% of the net, the owners the rest. */
    public static void assertE6IsOwnersIncome(Distribution d) {
        assertThat(d.kind()).isEqualTo(DistributionKind.OWNERSHIP_INCOME);
        assertThat(d.figures().universityPart()).isEqualByComparingTo("293910.00");
        assertThat(d.figures().pool()).isEqualByComparingTo("685790.00");
    }

    public Deal licence(String contractNo, boolean registered, List<Receipt> receipts, List<Cost> costs) {
        return licence(contractNo, registered, receipts, costs,
                List.of(new ResultRef(result.id(), result.resultNo(), result.title())));
    }

    public Deal licence(String contractNo, boolean registered, List<Receipt> receipts, List<Cost> costs,
                        List<ResultRef> results) {
        Deal d = DealBuilder.deal().mode(DealMode.LICENSE).contractNo(contractNo).licenseKind(LicenseKind.EXCLUSIVE)
                .title("高镍正极材料专利独占许可").results(results).signedOn(LocalDate.of(2024, 6, 1))
                .termFrom(LocalDate.of(2024, 6, 1)).termTo(LocalDate.of(2029, 5, 31))
                .contractAmount(new BigDecimal("3000000.00")).pricing(PricingMethod.NEGOTIATED)
                .registration(registered ? new Deal.Registration("2024110000001234", LocalDate.of(2024, 6, 10), null) : null)
                .status(DealStatus.SIGNED).receipts(receipts).costs(costs).build();
        return new DealRepository(dsl).save(d, "test", NOW);
    }
}
