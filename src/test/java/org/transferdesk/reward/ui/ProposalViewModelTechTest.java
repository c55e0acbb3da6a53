package org.transferdesk.reward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.TestServiceWiring;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.Proposal;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Tag;

/**
 * The proposal screen proposes R-45-TECH rewards from a technical contract's receipts as it does a licence's:
 * the kind follows the deal's mode, the deal's undistributed receipts are listed, the proposal is at the
 * policy's technical rate.
 */
@Tag(TestDatabase.TAG)
class ProposalViewModelTechTest {
    private Database db;
    private ProposalViewModel vm;
    private RewardFixture fixture;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        AuditRepository audit = new AuditRepository(db.dsl());
        DisclosureService disclosures = TestServiceWiring.disclosures(db, audit);
        RewardPolicy policy = RewardPolicy.Preset.BEIJING.policy()
                .withTechContracts(new RewardPolicy.TechContracts(Percent.ofPercent("45"), true));
        DistributionService service = TestServiceWiring.distributions(db, audit, disclosures, date -> policy);
        vm = new ProposalViewModel(service, TestServiceWiring.deals(db, audit), disclosures,
                new CurrentThreadTaskExecutor());
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aTechnicalServiceDeal_isProposedFromItsReceipts_atTheTechnicalRate() {
        Deal licence = fixture.e1Licence("XK-1", true);
        Deal service = new DealRepository(db.dsl()).save(DealBuilder.deal().mode(DealMode.SERVICE).contractNo("JS-1")
                .title("检测服务")
                .results(List.of(new ResultRef(fixture.result.id(), fixture.result.resultNo(), fixture.result.title())))
                .signedOn(LocalDate.of(2024, 2, 1)).contractAmount(new BigDecimal("10000.00")).status(DealStatus.SIGNED)
                .receipts(List.of(new Receipt(null, LocalDate.of(2024, 6, 1), new BigDecimal("10000.00"), "PZ-1", null)))
                .build(), "test", LocalDateTime.of(2026, 11, 22, 9, 0));

        vm.load(service.id(), () -> { });

        assertThat(vm.kindProperty().get()).isEqualTo(DistributionKind.TECH_CONTRACT);
        assertThat(vm.dealChoices()).extracting(d -> d.contractNo()).containsExactly("JS-1");
        assertThat(vm.receipts()).singleElement().satisfies(r -> assertThat(r.chosen().get()).isTrue());
        List<Proposal> proposals = new ArrayList<>();
        vm.propose(proposals::add);
        assertThat(vm.problems()).isEmpty();
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.distribution().kind()).isEqualTo(DistributionKind.TECH_CONTRACT);
            assertThat(p.distribution().figures().pool()).isEqualByComparingTo("4500.00");
            // not registered: the proposal carries the performance-pay warning, which does not stop it
            assertThat(p.problems()).extracting(x -> x.key()).containsExactly("reward.tech.insideCap");
        });

        vm.kindProperty().set(DistributionKind.CASH);
        assertThat(vm.dealChoices()).extracting(d -> d.contractNo()).containsExactly(licence.contractNo());
        assertThat(vm.dealProperty().get()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            TRANSFER,    CASH
            LICENSE,     CASH
            DEVELOPMENT, TECH_CONTRACT
            CONSULTING,  TECH_CONTRACT
            SERVICE,     TECH_CONTRACT
            EQUITY,      EQUITY
            SELF,        SELF_IMPLEMENTATION
            COOPERATION, SELF_IMPLEMENTATION
            """)
    void eachMode_opensWithItsKind_andThatKindListsTheMode(DealMode mode, DistributionKind kind) {
        assertThat(ProposalViewModel.kindOf(mode)).isEqualTo(kind);
        assertThat(ProposalViewModel.modesOf(kind)).contains(mode);
    }

    @ParameterizedTest
    @EnumSource(DistributionKind.class)
    void receiptsAreChosenForTransferLicenceAndTechnicalRewardsOnly(DistributionKind kind) {
        assertThat(ProposalViewModel.byReceipts(kind))
                .isEqualTo(EnumSet.of(DistributionKind.CASH, DistributionKind.TECH_CONTRACT).contains(kind));
        assertThat(ProposalViewModel.KINDS).contains(DistributionKind.TECH_CONTRACT);
    }
}
