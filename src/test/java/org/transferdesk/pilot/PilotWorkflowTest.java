package org.transferdesk.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.ResultType;

/** R-PILOT-FLOW, R-PILOT-MODEL, R-PILOT-TYPE and R-PILOT-DEADLINE as pure rules. */
class PilotWorkflowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final PilotRules RULES = PilotRules.DEFAULT;

    private static PilotCase ownership(List<StepRecord> steps, List<PilotObjection> objections) {
        return PilotCaseBuilder.pilotCase().disclosureId(7).model(PilotModel.OWNERSHIP).id(1L).caseNo("FQ-2024-001")
                .resultNo("R-1").resultTitle("成果").resultType(ResultType.INVENTION_PATENT).department("材料学院")
                .teamShare(Percent.ofPercent("70")).representativeId(11L)
                .owners(List.of(new PilotOwner(11, "T1", "甲", Percent.ofPercent("60")),
                        new PilotOwner(12, "T2", "乙", Percent.ofPercent("40"))))
                .conversionPlan("许可实施").negativeListBy("王处长").negativeListOn(LocalDate.of(2024, 9, 13))
                .publicityPlace("学校主页")
                .terms(new PilotTerms(null, "团队决定", MaintenancePayer.TEAM, LocalDate.of(2026, 10, 15), "收回"))
                .steps(steps).objections(objections).version(3).build();
    }

    private static List<StepRecord> until(PilotStep last) {
        List<StepRecord> steps = new ArrayList<>();
        for (PilotStep s : PilotStep.path(PilotModel.OWNERSHIP)) {
            steps.add(new StepRecord(s, PilotFixture.DATES.get(s),
                    s == PilotStep.PUBLICITY ? PilotFixture.PUBLICITY_END : null, "李老师", null, "u", null));
            if (s == last) {
                break;
            }
        }
        return steps;
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    @Test
    void theFirstStepIsTheApplication_andStepsFollowThePathOneByOne() {
        PilotCase none = ownership(List.of(), List.of());
        assertThat(none.nextSteps()).containsExactly(PilotStep.APPLICATION);
        assertThat(keys(PilotWorkflow.check(none, PilotStep.PUBLICITY, LocalDate.of(2024, 9, 18),
                LocalDate.of(2024, 10, 8), "李", TODAY, RULES))).containsExactly("pilot.step.outOfOrder");
        PilotCase reviewed = ownership(until(PilotStep.DEPARTMENT_REVIEW), List.of());
        assertThat(reviewed.nextSteps()).containsExactly(PilotStep.UNIVERSITY_REVIEW, PilotStep.REJECTED);
        assertThat(keys(PilotWorkflow.check(reviewed, PilotStep.APPROVAL, LocalDate.of(2024, 10, 10), null, "李",
                TODAY, RULES))).containsExactly("pilot.step.outOfOrder");
    }

    @Test
    void theOwnershipPathHasTheCnipaSteps_theUsePathDoesNot() {
        assertThat(PilotStep.path(PilotModel.OWNERSHIP)).containsSubsequence(PilotStep.AGREEMENT,
                PilotStep.CNIPA_FILED, PilotStep.REGISTERED, PilotStep.CONVERTING);
        assertThat(PilotStep.path(PilotModel.LONG_TERM_USE)).doesNotContain(PilotStep.CNIPA_FILED, PilotStep.REGISTERED);
        assertThat(PilotStep.next(PilotModel.LONG_TERM_USE, PilotStep.AGREEMENT))
                .containsExactly(PilotStep.CONVERTING, PilotStep.RECOVERED);
        assertThat(PilotStep.next(PilotModel.OWNERSHIP, PilotStep.AGREEMENT))
                .containsExactly(PilotStep.CNIPA_FILED, PilotStep.RECOVERED);
        assertThat(PilotStep.next(PilotModel.OWNERSHIP, PilotStep.CNIPA_FILED))
                .containsExactly(PilotStep.REGISTERED, PilotStep.RECOVERED);
        assertThat(PilotStep.next(PilotModel.OWNERSHIP, PilotStep.CONVERTING))
                .containsExactly(PilotStep.CONVERTED, PilotStep.RECOVERED, PilotStep.EXPIRED);
        assertThat(PilotStep.next(PilotModel.OWNERSHIP, PilotStep.RECOVERED)).isEmpty();
        assertThat(PilotStep.next(PilotModel.OWNERSHIP, PilotStep.REJECTED)).isEmpty();
    }

    @Test
    void aStepIsNotDatedBeforeThePreviousOne_norAfterToday() {
        PilotCase applied = ownership(until(PilotStep.APPLICATION), List.of());
        assertThat(keys(PilotWorkflow.check(applied, PilotStep.DEPARTMENT_REVIEW, LocalDate.of(2024, 9, 1), null,
                "李", TODAY, RULES))).containsExactly("pilot.step.beforePrevious");
        assertThat(keys(PilotWorkflow.check(applied, PilotStep.DEPARTMENT_REVIEW, TODAY.plusDays(1), null,
                "李", TODAY, RULES))).containsExactly("pilot.step.future");
        assertThat(keys(PilotWorkflow.check(applied, PilotStep.DEPARTMENT_REVIEW, LocalDate.of(2024, 9, 9), null,
                " ", TODAY, RULES))).containsExactly("validation.required");
    }

    @ParameterizedTest(name = "publicity from {0} to {1}: {2}")
    @CsvSource({
            "2024-09-18, 2024-10-03, ''",
            "2024-09-18, 2024-10-02, pilot.step.publicityShort",
            "2024-09-30, 2024-10-15, ''",
            "2024-09-30, 2024-10-14, pilot.step.publicityShort"})
    void publicityRunsAtLeastFifteenDays_startDayNotCounted(LocalDate from, LocalDate to, String expected) {
        PilotCase reviewed = ownership(until(PilotStep.UNIVERSITY_REVIEW), List.of());
        List<String> found = keys(PilotWorkflow.check(reviewed, PilotStep.PUBLICITY, from, to, "李", TODAY, RULES));
        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void thePublicityNeedsItsPlace() {
        PilotCase c = ownership(until(PilotStep.UNIVERSITY_REVIEW), List.of());
        PilotCase noPlace = PilotCaseBuilder.toBuilder(c).useYears(null).renewalYears(null).useFee(null)
                .publicityPlace(" ").objections(List.of()).ownersBefore(null).version(3).build();
        assertThat(keys(PilotWorkflow.check(noPlace, PilotStep.PUBLICITY, LocalDate.of(2024, 9, 18),
                LocalDate.of(2024, 10, 8), "李", TODAY, RULES))).containsExactly("validation.required");
    }

    @Test
    void theUniversityReviewNeedsTheNegativeListConfirmation() {
        PilotCase c = ownership(until(PilotStep.DEPARTMENT_REVIEW), List.of());
        PilotCase unconfirmed = PilotCaseBuilder.toBuilder(c).useYears(null).renewalYears(null).useFee(null)
                .negativeListBy(null).negativeListOn(null).publicityPlace(null).objections(List.of()).ownersBefore(null)
                .version(3).build();
        assertThat(keys(PilotWorkflow.check(unconfirmed, PilotStep.UNIVERSITY_REVIEW, LocalDate.of(2024, 9, 16), null,
                "李", TODAY, RULES))).containsExactly("pilot.step.needsNegativeList");
        assertThat(PilotWorkflow.check(c, PilotStep.UNIVERSITY_REVIEW, LocalDate.of(2024, 9, 16), null, "李", TODAY,
                RULES)).isEmpty();
    }

    @Test
    void approvalWaitsForTheEndOfThePublicity_andForEveryObjectionToBeClosed() {
        PilotCase publicised = ownership(until(PilotStep.PUBLICITY), List.of());
        assertThat(keys(PilotWorkflow.check(publicised, PilotStep.APPROVAL, PilotFixture.PUBLICITY_END, null, "李",
                TODAY, RULES))).containsExactly("pilot.step.publicityRunning");
        assertThat(PilotWorkflow.check(publicised, PilotStep.APPROVAL, PilotFixture.PUBLICITY_END.plusDays(1), null,
                "李", TODAY, RULES)).isEmpty();
        PilotCase objected = ownership(until(PilotStep.PUBLICITY), List.of(
                new PilotObjection(1L, LocalDate.of(2024, 9, 20), "张", "份额不合理", null, null)));
        assertThat(keys(PilotWorkflow.check(objected, PilotStep.APPROVAL, LocalDate.of(2024, 10, 10), null, "李",
                TODAY, RULES))).containsExactly("pilot.step.openObjections");
        PilotCase closedLate = ownership(until(PilotStep.PUBLICITY), List.of(
                new PilotObjection(1L, LocalDate.of(2024, 9, 20), "张", "份额不合理", "已说明", LocalDate.of(2024, 10, 12))));
        assertThat(keys(PilotWorkflow.check(closedLate, PilotStep.APPROVAL, LocalDate.of(2024, 10, 10), null, "李",
                TODAY, RULES))).containsExactly("pilot.step.objectionClosedLater");
    }

    @Test
    void theAgreementNeedsItsTerms_andADeadlineAfterIt() {
        PilotCase approved = ownership(until(PilotStep.APPROVAL), List.of());
        assertThat(PilotWorkflow.check(approved, PilotStep.AGREEMENT, LocalDate.of(2024, 10, 15), null, "李", TODAY,
                RULES)).isEmpty();
        PilotCase noTerms = PilotCaseBuilder.toBuilder(approved).useYears(null).renewalYears(null).useFee(null)
                .publicityPlace(null).terms(new PilotTerms(null, null, null, LocalDate.of(2024, 10, 1), null))
                .objections(List.of()).ownersBefore(null).version(3).build();
        assertThat(keys(PilotWorkflow.check(noTerms, PilotStep.AGREEMENT, LocalDate.of(2024, 10, 15), null, "李", TODAY,
                RULES))).containsExactlyInAnyOrder("pilot.step.convertByPast", "validation.required",
                "validation.required", "validation.required");
    }

    @ParameterizedTest(name = "{0} years + {1} renewal, short first term {2}: {3}")
    @CsvSource({
            "10, 0, false, ''",
            "15, , false, ''",
            "9, 0, false, pilot.error.useTermShort",
            "5, 5, false, pilot.error.useTermShort",
            "5, 5, true, ''",
            "5, 4, true, pilot.error.useTermRenewals",
            "0, 10, true, pilot.error.useYearsPositive"})
    void aLongTermUseRightRunsTenYears_unlessRenewalsMayMakeItUp(int years, Integer renewals, boolean shortFirst,
                                                                 String expected) {
        PilotRules rules = new PilotRules(15, 10, shortFirst, List.of(90, 30, 7));
        assertThat(keys(PilotValidator.useTerm(years, renewals, rules)))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void onlyEligibleTypesMayBeGranted_andTheTeamAddsUpTo100() {
        assertThat(PilotValidator.eligible(ResultType.SOFTWARE)).isTrue();
        assertThat(PilotValidator.eligible(ResultType.TRADE_SECRET)).isTrue();
        assertThat(PilotValidator.eligible(ResultType.OTHER)).isFalse();
        assertThat(PilotValidator.eligible(null)).isFalse();
        PilotCase c = ownership(List.of(), List.of());
        assertThat(PilotValidator.validate(c, RULES)).isEmpty();
        PilotCase short90 = PilotCaseBuilder.pilotCase().disclosureId(7).model(PilotModel.OWNERSHIP).resultNo("R-1")
                .resultTitle("成果").resultType(ResultType.OTHER).teamShare(Percent.ofPercent("100"))
                .representativeId(99L)
                .owners(List.of(new PilotOwner(11, "T1", "甲", Percent.ofPercent("60")),
                        new PilotOwner(12, "T2", "乙", Percent.ofPercent("30"))))
                .terms(PilotTerms.NONE).build();
        assertThat(keys(PilotValidator.validate(short90, RULES))).containsExactlyInAnyOrder(
                "pilot.error.ineligibleType", "pilot.error.teamShareRange", "pilot.error.ownersSum",
                "pilot.error.representativeNotOwner");
    }

    @ParameterizedTest(name = "on {0}: {1} days left, level {2}, recovery {3}")
    @CsvSource({
            "2026-06-01, 136, , false",
            "2026-07-17, 90, 90, false",
            "2026-09-20, 25, 30, false",
            "2026-10-10, 5, 7, false",
            "2026-10-15, 0, 7, false",
            "2026-10-16, -1, 7, true"})
    void theConversionDeadlineRemindsAt90_30_7Days_thenFlagsRecovery(LocalDate today, long left, Integer level,
                                                                     boolean recovery) {
        PilotCase agreed = ownership(until(PilotStep.REGISTERED), List.of());
        PilotDeadline d = PilotDeadline.of(agreed, today, RULES, false).orElseThrow();
        assertThat(d.daysLeft()).isEqualTo(left);
        assertThat(d.level()).isEqualTo(level);
        assertThat(d.recovery()).isEqualTo(recovery);
    }

    @Test
    void aDealSinceTheAgreementOrARecordedConversion_endsTheDeadline() {
        PilotCase agreed = ownership(until(PilotStep.CONVERTING), List.of());
        assertThat(PilotDeadline.of(agreed, TODAY, RULES, true)).isEmpty();
        assertThat(PilotDeadline.of(ownership(until(PilotStep.APPROVAL), List.of()), TODAY, RULES, false)).isEmpty();
        List<StepRecord> converted = new ArrayList<>(until(PilotStep.CONVERTING));
        converted.add(new StepRecord(PilotStep.CONVERTED, LocalDate.of(2025, 6, 1), null, "李", null, "u", null));
        assertThat(PilotDeadline.of(ownership(converted, List.of()), TODAY, RULES, false)).isEmpty();
    }

    @Test
    void coOwnershipStartsOnTheRegistrationDate_andEndsWithRecovery() {
        PilotCase registered = ownership(until(PilotStep.CONVERTING), List.of());
        assertThat(registered.coOwnedOn(LocalDate.of(2025, 1, 9))).isFalse();
        assertThat(registered.coOwnedOn(LocalDate.of(2025, 1, 10))).isTrue();
        List<StepRecord> recovered = new ArrayList<>(registered.steps());
        recovered.add(new StepRecord(PilotStep.RECOVERED, LocalDate.of(2026, 10, 20), null, "李", null, "u", null));
        PilotCase ended = ownership(recovered, List.of());
        assertThat(ended.coOwnedOn(LocalDate.of(2026, 10, 19))).isTrue();
        assertThat(ended.coOwnedOn(LocalDate.of(2026, 10, 20))).isFalse();
        assertThat(ownership(until(PilotStep.CNIPA_FILED), List.of()).coOwnedOn(TODAY)).isFalse();
    }
}
