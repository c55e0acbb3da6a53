package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.fees.FeeRules;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.OwnerKind;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.ip.IpType;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.StepRecord;

/** E10 as the Due list shows it: the next unpaid fee year, its amount today, lapse, term end; joint ownership by a pilot. */
class PatentRemindersTest {
    private static final FeeRules RULES = FeeSettings.STATUTORY;
    private static final LocalDate FILED = LocalDate.of(2019, 7, 15);
    private static final LocalDate GRANTED = LocalDate.of(2022, 3, 8);

    private static PatentRow e10(Set<Integer> paid) {
        return new PatentRow(7, 70, "R-2019-0001", "一种电池正极材料", "201910654321.X", IpType.INVENTION_PATENT, FILED,
                GRANTED, paid);
    }

    private static List<DueItem> items(Set<Integer> paid, LocalDate today, List<PilotCase> cases) {
        List<PatentFeeInput> inputs = PatentFeeInputs.of(List.of(e10(paid)), cases, null);
        return PatentReminders.of(inputs, RULES, today);
    }

    private static DueItem fee(List<DueItem> items) {
        return items.stream().filter(i -> i.kind() == DueKind.PATENT_FEE).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "paid up to year {0}: year {1} due {2}, {3}")
    @CsvSource({
        "0, 3, 2022-03-08, 135.00",   // E10: the grant falls in fee year 3, paid at registration
        "3, 4, 2022-07-14, 180.00",   // E10: year 4 due by the end of year 3
        "5, 6, 2024-07-14, 180.00",
        "6, 7, 2025-07-14, 300.00",
        "8, 9, 2027-07-14, 300.00",   // E10: year 9, within 10 years from the grant year (财税〔2018〕37号)
        "12, 13, 2031-07-14, 6000.00", // E10: year 13, after the ten reduced years, full fee
        "19, 20, 2038-07-14, 8000.00"})
    void e10_nextFeeYear(int paidUpTo, int year, LocalDate due, BigDecimal amount) {
        Set<Integer> paid = new java.util.HashSet<>();
        for (int y = 3; y <= paidUpTo; y++) {
            paid.add(y);
        }
        DueItem item = fee(items(paid, due.minusDays(30), List.of()));
        assertThat(item.key()).isEqualTo("PATENT_FEE:7:" + year);
        assertThat(item.dueOn()).isEqualTo(due);
        assertThat(item.amount()).isEqualByComparingTo(amount);
        assertThat(item.rule()).isEqualTo("R-PAT-FEE");
        assertThat(item.record()).isEqualTo(new RecordRef(RecordType.RESULT, 70, "201910654321.X 一种电池正极材料"));
    }

    @Test
    void e10_reducedYears3To12_total3375_ofFull22500() {
        List<PatentFeeInput> inputs = PatentFeeInputs.of(List.of(e10(Set.of())), List.of(), null);
        var years = inputs.get(0).feeYears(RULES).stream().filter(y -> y.year() <= 12).toList();
        assertThat(years.stream().map(y -> y.payable()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3375.00");
        assertThat(years.stream().map(y -> y.fullFee()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("22500.00");
    }

    @Test
    void e10_termEndsOn2039_07_14() {
        assertThat(items(Set.of(), LocalDate.of(2022, 1, 1), List.of())).filteredOn(i -> i.kind() == DueKind.PATENT_TERM)
                .extracting(DueItem::dueOn, DueItem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2039, 7, 14), "R-PAT-TERM"));
    }

    @Test
    void lateFee_addsTheSurchargeOnTheFullFee_andAfterTheGraceItIsFlaggedAsLapsing() {
        Set<Integer> paid = Set.of(3, 4, 5, 6, 7, 8);
        // year 9 due 2027-07-14 (300.00 after 费减); paid 2027-08-20 is more than one month late: 5% of the full 2,000.00
        DueItem late = fee(items(paid, LocalDate.of(2027, 8, 20), List.of()));
        assertThat(late.amount()).isEqualByComparingTo("400.00");
        assertThat(late.action()).isEqualTo(I18n.t("due.action.feeLate", 9, "400.00", LocalDate.of(2028, 1, 14)));

        DueItem lapsing = fee(items(paid, LocalDate.of(2028, 1, 15), List.of()));
        assertThat(lapsing.action()).isEqualTo(I18n.t("due.action.feeLapsed", 9, LocalDate.of(2028, 1, 14)));
    }

    @Test
    void pilotRegistrationMakesThePatentJointlyOwned_feesDueFromThenAre70PercentReduced() {
        PilotCase registered = ownershipCase(LocalDate.of(2024, 5, 1), null);
        List<PatentFeeInput> inputs = PatentFeeInputs.of(List.of(e10(Set.of())), List.of(registered), null);
        var years = inputs.get(0).feeYears(RULES);

        var year5 = years.stream().filter(y -> y.year() == 5).findFirst().orElseThrow();
        var year6 = years.stream().filter(y -> y.year() == 6).findFirst().orElseThrow();
        assertThat(year5.dueOn()).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(year5.ownerKind()).isEqualTo(OwnerKind.SOLE);
        assertThat(year5.payable()).isEqualByComparingTo("180.00");
        assertThat(year6.ownerKind()).as("due 2024-07-14, after the registration").isEqualTo(OwnerKind.JOINT);
        assertThat(year6.payable()).isEqualByComparingTo("360.00");
        assertThat(inputs.get(0).coOwned().get(0).payer()).isEqualTo(MaintenancePayer.TEAM);

        DueItem item = fee(items(Set.of(3, 4, 5), LocalDate.of(2024, 6, 1), List.of(registered)));
        assertThat(item.amount()).isEqualByComparingTo("360.00");
        assertThat(item.detail()).contains(OwnerKind.JOINT.label());
    }

    @Test
    void recoveryEndsTheJointOwnership_theSoleReductionAppliesAgain() {
        PilotCase recovered = ownershipCase(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 1, 10));
        var years = PatentFeeInputs.of(List.of(e10(Set.of())), List.of(recovered), null).get(0).feeYears(RULES);
        assertThat(years.stream().filter(y -> y.year() == 6).findFirst().orElseThrow().payable())
                .isEqualByComparingTo("360.00");
        assertThat(years.stream().filter(y -> y.year() == 7).findFirst().orElseThrow().payable())
                .as("due 2025-07-14, after the recovery: sole owner again").isEqualByComparingTo("300.00");
    }

    @Test
    void feeYearsWhoseGraceEndedBeforeTrackingAreAssumedPaid() {
        List<PatentFeeInput> inputs = PatentFeeInputs.of(List.of(e10(Set.of())), List.of(), LocalDate.of(2026, 11, 22));
        // year 8 was due 2026-07-14, grace until 2027-01-14: still owed; years 3-7 are history
        DueItem item = fee(PatentReminders.of(inputs, RULES, LocalDate.of(2026, 11, 22)));
        assertThat(item.key()).isEqualTo("PATENT_FEE:7:8");
        assertThat(item.amount()).as("over 4 months late: 20% of the full 2,000.00 on top of 300.00")
                .isEqualByComparingTo("700.00");
    }

    @Test
    void keyRoundTrip() {
        assertThat(PatentReminders.parseKey(PatentReminders.key(12, 9))).containsExactly(12, 9);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PatentReminders.parseKey("INSTALMENT:3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static PilotCase ownershipCase(LocalDate registeredOn, LocalDate recoveredOn) {
        List<StepRecord> steps = new java.util.ArrayList<>();
        steps.add(StepRecord.of(PilotStep.AGREEMENT, registeredOn.minusMonths(2), "李老师"));
        steps.add(StepRecord.of(PilotStep.REGISTERED, registeredOn, "李老师"));
        if (recoveredOn != null) {
            steps.add(StepRecord.of(PilotStep.RECOVERED, recoveredOn, "李老师"));
        }
        return PilotCaseBuilder.pilotCase().disclosureId(70).model(PilotModel.OWNERSHIP).id(1L).caseNo("FQ-2024-001")
                .resultNo("R-2019-0001").resultTitle("一种电池正极材料").resultType(ResultType.INVENTION_PATENT)
                .department("材料学院").teamShare(Percent.ofPercent("70")).representativeId(1L).conversionPlan("许可实施")
                .negativeListBy("科技处").negativeListOn(registeredOn.minusMonths(4)).publicityPlace("学校主页")
                .terms(new PilotTerms(null, "团队决定", MaintenancePayer.TEAM, registeredOn.plusYears(2), "收回"))
                .steps(steps).version(1).build();
    }
}
