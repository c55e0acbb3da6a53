package org.transferdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Receipt;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardFixture;

/**
 * The cross-feature hooks as the composition root wires them (issue 23): the rewards module sees the pilot's
 * co-ownership (R-PILOT-INCOME) and the pilot sees the owners' income stored by rewards. These were setters whose
 * forgotten call fell back silently; they are constructor arguments now, and this checks they reach the real thing.
 * Likewise the deal feature's R-NET lock reads the distributions the rewards module stores.
 */
class AppContextWiringTest {
    /** The walked case's registration date: 2025-01-10, the boundary the table below straddles. */
    private static final LocalDate REGISTERED = PilotFixture.DATES.get(PilotStep.REGISTERED);

    @TempDir
    Path tmp;

    private AppContext context;
    private RewardFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        context = InMemoryAppContext.open(tmp.resolve("data"));
        fixture = PilotFixture.e1ResultWithGrantedPatent(context.database().dsl());
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    /** Records the case's steps through the application's own pilot service, up to and including {@code last}. */
    private PilotCase walkTo(PilotStep last) {
        PilotService pilots = context.pilots();
        PilotCase c = pilots.save(PilotFixture.complete(pilots.draftFor(fixture.result.id()), Percent.ofPercent("70")));
        for (PilotStep step : PilotStep.path(c.model())) {
            c = pilots.recordStep(c, step, PilotFixture.DATES.get(step),
                    step == PilotStep.PUBLICITY ? PilotFixture.PUBLICITY_END : null, "科技处 李老师", null);
            if (step == last) {
                break;
            }
        }
        return c;
    }

    private Distribution proposed(String contractNo, LocalDate receivedOn) {
        Deal deal = fixture.licence(contractNo, true,
                List.of(new Receipt(null, receivedOn, new BigDecimal("1000000.00"), null, null)), List.of());
        return context.distributions().proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution();
    }

    /** R-PILOT-INCOME: income received from the registration date on is the owners', the day before a reward. */
    @ParameterizedTest
    @CsvSource({
            "2025-01-09, CASH",
            "2025-01-10, OWNERSHIP_INCOME",
            "2025-03-01, OWNERSHIP_INCOME"})
    void aRegisteredGrant_turnsTheResultsIncomeIntoOwnersIncome(LocalDate receivedOn, DistributionKind kind) {
        walkTo(PilotStep.REGISTERED);

        Distribution d = proposed("E6", receivedOn);

        assertThat(d.kind()).isEqualTo(kind);
    }

    @Test
    void withoutAGrant_theIncomeIsAReward() {
        assertThat(proposed("E1-0", REGISTERED.plusMonths(2)).kind()).isEqualTo(DistributionKind.CASH);
    }

    /** R-PILOT-INCOME: owners' income standing on the registration keeps it from being taken back. */
    @Test
    void ownersIncomeOnTheRegistration_keepsItFromBeingTakenBack() {
        PilotCase converting = walkTo(PilotStep.CONVERTING);
        DistributionService distributions = context.distributions();
        Distribution d = distributions.saveDraft(proposed("E6", REGISTERED.plusMonths(2)));
        assertThat(d.kind()).isEqualTo(DistributionKind.OWNERSHIP_INCOME);
        PilotCase back = context.pilots().undoLastStep(converting, "误录");

        assertThatThrownBy(() -> context.pilots().undoLastStep(back, "误录")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("E6"));
        assertThat(context.pilots().find(back.id()).orElseThrow().currentStep()).isEqualTo(PilotStep.REGISTERED);
    }

    /** R-NET: a receipt a saved distribution used cannot be pulled from the deal, and is free again once revoked. */
    @Test
    void aDistributedReceipt_isLockedInTheDealsOfTheSameContext() {
        Distribution d = context.distributions().saveDraft(proposed("E1-0", REGISTERED.plusMonths(2)));
        Deal deal = context.deals().find(d.dealId()).orElseThrow();
        Deal withoutReceipts = DealBuilder.toBuilder(deal).status(DealStatus.DRAFT).receipts(List.of()).build();

        assertThat(context.deals().validate(withoutReceipts)).extracting(Problem::key)
                .contains("deal.receipt.distributedRemoved");
        context.distributions().revoke(d.id(), REGISTERED.plusMonths(3), "wrong team");
        assertThat(context.deals().validate(withoutReceipts)).extracting(Problem::key)
                .doesNotContain("deal.receipt.distributedRemoved");
    }
}
