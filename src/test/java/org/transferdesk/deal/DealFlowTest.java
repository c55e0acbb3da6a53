package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;

/** The deal's 流程 (issue 24): its steps, their states and the signing checks the move to 已签订 runs. */
class DealFlowTest {
    private static final ApprovalTiers TIERS = ApprovalTiers.parse(ApprovalTiers.DEFAULT);
    private static final Publicity PUBLICITY = new Publicity(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 21),
            "校园网", "价格公示", List.of());
    private static final Approval PRESIDENT = new Approval(1L, ApprovalTier.PRESIDENT_MEETING, "校长办公会",
            LocalDate.of(2024, 5, 10), null, false);

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private static DealFlow flow(Deal deal, LocalDate today) {
        return DealFlow.of(deal, SigningRules.checklist(deal, DealFlow.signingDay(deal, today), 15, TIERS));
    }

    private static DealFlow.Step step(DealFlow flow, DealFlow.StepKind kind) {
        return flow.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void negotiatedLicence_hasThePublicityStep_andTheRegistration_inTheirOrder() {
        Deal deal = DealRulesTest.licence(PUBLICITY, null, List.of(), false);
        assertThat(flow(deal, LocalDate.of(2024, 5, 12)).steps()).extracting(DealFlow.Step::kind).containsExactly(
                DealFlow.StepKind.DRAFT, DealFlow.StepKind.PUBLICITY, DealFlow.StepKind.APPROVAL,
                DealFlow.StepKind.SIGNED, DealFlow.StepKind.REGISTRATION, DealFlow.StepKind.PERFORMING,
                DealFlow.StepKind.COMPLETED);
        Deal listedEquity = DealBuilder.toBuilder(deal).mode(DealMode.EQUITY).pricing(PricingMethod.LISTED).build();
        assertThat(flow(listedEquity, LocalDate.of(2024, 5, 12)).steps()).extracting(DealFlow.Step::kind)
                .doesNotContain(DealFlow.StepKind.PUBLICITY, DealFlow.StepKind.REGISTRATION);
    }

    @ParameterizedTest(name = "signing on {0} (today {1}) → {2}")
    @CsvSource(textBlock = """
            2024-05-21, 2024-05-21, BLOCKED
            2024-05-22, 2024-05-22, OPEN
            ,           2024-05-20, BLOCKED
            """)
    void signingStep_isBlockedWhilePublicityRuns_andOpenAfter(LocalDate signedOn, LocalDate today,
                                                               DealFlow.State state) {
        Deal deal = DealRulesTest.licence(PUBLICITY, signedOn, List.of(PRESIDENT), false);
        DealFlow.Step signing = step(flow(deal, today), DealFlow.StepKind.SIGNED);
        assertThat(signing.state()).isEqualTo(state);
        assertThat(signing.moveTo()).isEqualTo(DealStatus.SIGNED);
        assertThat(signing.canMove()).isEqualTo(state == DealFlow.State.OPEN);
        String publicityLine = signing.checks().stream().filter(c -> c.text().contains("公示")).findFirst()
                .orElseThrow().text();
        if (state == DealFlow.State.OPEN) {
            assertThat(publicityLine).isEqualTo(I18n.t("dealFlow.check.publicityDone", LocalDate.of(2024, 5, 6),
                    LocalDate.of(2024, 5, 21), 15));
        } else if (signedOn != null) {
            assertThat(publicityLine).isEqualTo(I18n.t("deal.publicity.running", LocalDate.of(2024, 5, 21),
                    LocalDate.of(2024, 5, 22)));
        }
    }

    @Test
    void signingStep_namesTheTierTheAmountNeeds_andTheCurrentStageShowsItsOwnCheck() {
        Deal deal = DealRulesTest.licence(PUBLICITY, LocalDate.of(2024, 5, 22), List.of(), false);
        DealFlow flow = flow(deal, LocalDate.of(2024, 5, 22));
        String missing = I18n.t("deal.approval.missing", ApprovalTier.VICE_PRESIDENT.label());
        assertThat(step(flow, DealFlow.StepKind.SIGNED).checks()).contains(new DealFlow.Check(false, missing));
        assertThat(step(flow, DealFlow.StepKind.APPROVAL).state()).isEqualTo(DealFlow.State.CURRENT);
        assertThat(step(flow, DealFlow.StepKind.APPROVAL).checks()).containsExactly(new DealFlow.Check(false, missing));
        assertThat(step(flow, DealFlow.StepKind.PUBLICITY).state()).isEqualTo(DealFlow.State.DONE);
        assertThat(step(flow, DealFlow.StepKind.PUBLICITY).when()).isEqualTo("2024-05-06 至 2024-05-21");
        assertThat(step(flow, DealFlow.StepKind.PERFORMING).state()).isEqualTo(DealFlow.State.LATER);
    }

    @Test
    void theRegistration_isAskedFor_onceSigned() {
        Deal signed = DealRulesTest.licence(PUBLICITY, LocalDate.of(2024, 5, 22), List.of(PRESIDENT), false)
                .withStatus(DealStatus.SIGNED);
        DealFlow.Step registration = step(flow(signed, LocalDate.of(2024, 6, 1)), DealFlow.StepKind.REGISTRATION);
        assertThat(registration.checks()).containsExactly(new DealFlow.Check(false,
                I18n.t("dealFlow.check.notRegistered")));
        assertThat(registration.moveTo()).isNull();
        Deal registered = DealBuilder.toBuilder(signed).registration(new Deal.Registration("2024330100001234",
                LocalDate.of(2024, 6, 1), null)).build();
        registration = step(flow(registered, LocalDate.of(2024, 6, 1)), DealFlow.StepKind.REGISTRATION);
        assertThat(registration.state()).isEqualTo(DealFlow.State.DONE);
        assertThat(registration.when()).isEqualTo("2024-06-01");
        assertThat(step(flow(signed.withStatus(DealStatus.APPROVAL), LocalDate.of(2024, 6, 1)),
                DealFlow.StepKind.REGISTRATION).checks()).isEmpty();
    }

    @Test
    void aNewDeal_hasNoMove() {
        Deal deal = Deal.draft(DealMode.TRANSFER);
        assertThat(flow(deal, LocalDate.of(2024, 5, 22)).steps()).allMatch(s -> s.moveTo() == null);
    }
}
