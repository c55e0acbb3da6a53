package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.junit.jupiter.api.Tag;

/** The deal editor cannot pull a distributed receipt or deducted cost from under a live distribution. */
@Tag(TestDatabase.TAG)
class DistributedPartsLockTest {
    private Database db;
    private DistributionService rewards;
    private DealService deals;
    private Deal deal;
    private Distribution distribution;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        AuditRepository audit = new AuditRepository(db.dsl());
        DistributionRepository repository = new DistributionRepository(db.dsl());
        rewards = new RewardServices(db, RewardPolicy.Preset.BEIJING.policy()).distributions;
        deals = new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), audit,
                new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK, RewardModule.distributedParts(repository));
        RewardFixture fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
        deal = fixture.e1Licence("LOCK-1", true);
        distribution = rewards.saveDraft(rewards.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()))
                .distribution());
        deal = deals.find(deal.id()).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void removingADistributedReceipt_isRefusedNamingIt() {
        Deal edited = withMoney(deal, List.of(), deal.costs());
        assertThat(deals.validate(edited)).extracting(Problem::key).contains("deal.receipt.distributedRemoved");
        assertThatThrownBy(() -> deals.save(edited)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).message())
                        .contains("2024-06-20").contains("2,000,000.00"));
    }

    @Test
    void changingTheAmountOrDateOfADistributedReceipt_isRefused_butItsVoucherMayBeCorrected() {
        Receipt r = deal.receipts().get(0);
        Deal amount = withMoney(deal, List.of(new Receipt(r.id(), r.receivedOn(), new BigDecimal("1999999.00"),
                r.voucherNo(), r.instalmentId())), deal.costs());
        Deal date = withMoney(deal, List.of(new Receipt(r.id(), r.receivedOn().plusDays(1), r.amount(), r.voucherNo(),
                r.instalmentId())), deal.costs());
        Deal voucher = withMoney(deal, List.of(new Receipt(r.id(), r.receivedOn(), r.amount(), "PZ-FIXED",
                r.instalmentId())), deal.costs());
        assertThat(deals.validate(amount)).extracting(Problem::key).contains("deal.receipt.distributedChanged");
        assertThat(deals.validate(date)).extracting(Problem::key).contains("deal.receipt.distributedChanged");
        assertThat(deals.save(voucher).receipts().get(0).voucherNo()).isEqualTo("PZ-FIXED");
    }

    @Test
    void removingOrChangingADeductedCost_isRefused_anUndeductedOneMayGo() {
        Cost deducted = deal.costs().stream().filter(c -> distribution.deductions().stream()
                .anyMatch(x -> x.costId() == c.id())).findFirst().orElseThrow();
        List<Cost> without = new ArrayList<>(deal.costs());
        without.remove(deducted);
        assertThat(deals.validate(withMoney(deal, deal.receipts(), without))).extracting(Problem::key)
                .containsOnlyOnce("deal.cost.distributedRemoved");
        List<Cost> changed = new ArrayList<>(deal.costs());
        changed.set(changed.indexOf(deducted), new Cost(deducted.id(), deducted.incurredOn(), deducted.category(),
                deducted.amount().add(BigDecimal.ONE), deducted.note()));
        assertThat(deals.validate(withMoney(deal, deal.receipts(), changed))).extracting(Problem::key)
                .contains("deal.cost.distributedChanged");
        List<Cost> added = new ArrayList<>(deal.costs());
        added.add(new Cost(null, LocalDate.of(2024, 7, 1), CostCategory.OTHER, new BigDecimal("10.00"), null));
        Deal withExtra = deals.save(withMoney(deal, deal.receipts(), added));
        List<Cost> extraRemoved = new ArrayList<>(withExtra.costs());
        extraRemoved.removeIf(c -> c.amount().compareTo(new BigDecimal("10.00")) == 0);
        assertThat(deals.save(withMoney(withExtra, withExtra.receipts(), extraRemoved)).costs()).hasSize(deal.costs().size());
    }

    @Test
    void onceTheDistributionIsRevoked_theReceiptMayChangeAgain() {
        rewards.revoke(distribution.id(), LocalDate.of(2026, 11, 20), "wrong team");
        Receipt r = deal.receipts().get(0);
        Deal amount = withMoney(deal, List.of(new Receipt(r.id(), r.receivedOn(), new BigDecimal("1999999.00"),
                r.voucherNo(), r.instalmentId())), deal.costs());
        assertThat(deals.validate(amount)).extracting(Problem::key).doesNotContain("deal.receipt.distributedChanged");
        assertThat(deals.save(amount).receipts().get(0).amount()).isEqualByComparingTo("1999999.00");
    }

    /** As a draft, so the fixture's signed deal without price publicity can be saved at all. */
    private static Deal withMoney(Deal d, List<Receipt> receipts, List<Cost> costs) {
        return DealBuilder.toBuilder(d).status(DealStatus.DRAFT).receipts(receipts).costs(costs).build();
    }
}
