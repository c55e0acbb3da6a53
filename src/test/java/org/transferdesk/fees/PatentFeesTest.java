package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.PatentTerm;

/** R-PAT-FEE fee years, due dates, reductions, grace and surcharges; E10 exactly. */
class PatentFeesTest {
    static final FeeRules STATUTORY = FeeSettings.STATUTORY;
    static final Function<LocalDate, OwnerKind> SOLE = d -> OwnerKind.SOLE;
    static final LocalDate E10_FILED = LocalDate.of(2019, 7, 15);
    static final LocalDate E10_GRANTED = LocalDate.of(2022, 3, 8);

    private static List<FeeYear> e10() {
        return PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED, SOLE, STATUTORY);
    }

    private static FeeYear year(List<FeeYear> years, int n) {
        return years.stream().filter(y -> y.year() == n).findFirst().orElseThrow();
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void e10_grantYear3_paidAtRegistration_thenYear4_reducedSum_year9_andTermEnd() {
        List<FeeYear> years = e10();
        assertThat(years).extracting(FeeYear::year).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(3, 20).boxed().toList());

        FeeYear grant = years.get(0);
        assertThat(grant.year()).isEqualTo(3);
        assertThat(grant.startsOn()).isEqualTo("2021-07-15");
        assertThat(grant.endsOn()).isEqualTo("2022-07-14");
        assertThat(grant.dueOn()).isEqualTo("2022-03-08");
        assertThat(grant.atGrant()).isTrue();
        assertThat(grant.fullFee()).isEqualTo(money("900.00"));
        assertThat(grant.ownerKind()).isEqualTo(OwnerKind.SOLE);
        assertThat(grant.reduction()).isEqualTo(Percent.ofPercent("85"));
        assertThat(grant.payable()).isEqualTo(money("135.00"));
        assertThat(grant.graceEnd()).isEqualTo("2022-09-08");
        assertThat(grant.lapseOn()).isEqualTo("2022-09-09");

        FeeYear four = year(years, 4);
        assertThat(four.dueOn()).isEqualTo("2022-07-14");
        assertThat(four.atGrant()).isFalse();
        assertThat(four.payable()).isEqualTo(money("180.00"));
        assertThat(four.graceEnd()).isEqualTo("2023-01-14");

        // R-PAT-FEE (财税〔2018〕37号): every fee here is due after 2018-08-01, so 费减 covers 10 fee years from the
        // grant year: 3 to 12
        List<FeeYear> reduced = years.stream().filter(y -> y.year() <= 12).toList();
        assertThat(reduced).hasSize(10).allMatch(FeeYear::reduced)
                .allMatch(y -> y.reducedBy() == FeeReduction.FEE_REDUCTION);
        assertThat(reduced.stream().map(FeeYear::payable).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(money("3375.00"));
        assertThat(reduced.stream().map(FeeYear::fullFee).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(money("22500.00"));

        FeeYear nine = year(years, 9);
        assertThat(nine.reduction()).isEqualTo(Percent.ofPercent("85"));
        assertThat(nine.payable()).isEqualTo(money("300.00"));
        assertThat(nine.dueOn()).isEqualTo("2027-07-14");

        FeeYear thirteen = year(years, 13);
        assertThat(thirteen.reduction()).isEqualTo(Percent.ZERO);
        assertThat(thirteen.reducedBy()).isEqualTo(FeeReduction.NONE);
        assertThat(thirteen.payable()).isEqualTo(money("6000.00"));

        FeeYear last = years.get(years.size() - 1);
        assertThat(last.year()).isEqualTo(20);
        assertThat(last.endsOn()).isEqualTo("2039-07-14")
                .isEqualTo(PatentTerm.termEnd(IpType.INVENTION_PATENT, E10_FILED).orElseThrow());
        assertThat(last.payable()).isEqualTo(money("8000.00"));
    }

    @ParameterizedTest(name = "filed {0}, granted {1}: fee year {2} {3} – {4}, due {5}, grace to {6}")
    @CsvSource({
            // R-DATE: each year from the filing date, never chained; a 29 February start falls back to the 28th
            "2020-02-29, 2020-09-01, 2, 2021-02-28, 2022-02-27, 2021-02-27, 2021-08-27",
            "2020-02-29, 2020-09-01, 4, 2023-02-28, 2024-02-28, 2023-02-27, 2023-08-27",
            "2020-02-29, 2020-09-01, 5, 2024-02-29, 2025-02-27, 2024-02-28, 2024-08-28",
            "2020-02-29, 2020-09-01, 6, 2025-02-28, 2026-02-27, 2025-02-27, 2025-08-27",
            "2020-02-29, 2021-02-27, 1, 2020-02-29, 2021-02-27, 2021-02-27, 2021-08-27",
            "2020-02-29, 2021-02-28, 2, 2021-02-28, 2022-02-27, 2021-02-28, 2021-08-28",
            // filed on the 31st: due on the 30th; 2022-08-30 + 6 months = 2023-02-28
            "2019-08-31, 2021-01-10, 4, 2022-08-31, 2023-08-30, 2022-08-30, 2023-02-28",
            "2019-08-31, 2021-01-10, 2, 2020-08-31, 2021-08-30, 2021-01-10, 2021-07-10",
            // granted on the 31st: due at registration 2023-08-31 → grace to 2024-02-29 (leap year)
            "2019-08-31, 2023-08-31, 5, 2023-08-31, 2024-08-30, 2023-08-31, 2024-02-29",
            "2019-08-31, 2023-08-31, 6, 2024-08-31, 2025-08-30, 2024-08-30, 2025-02-28",
            // granted on the last day of a fee year: that year is the grant year
            "2019-07-15, 2022-07-14, 3, 2021-07-15, 2022-07-14, 2022-07-14, 2023-01-14",
            "2019-07-15, 2022-07-15, 4, 2022-07-15, 2023-07-14, 2022-07-15, 2023-01-15",
    })
    void feeYearBoundaries_dueDates_andGrace_acrossMonthEndsAndLeapYears(LocalDate filed, LocalDate granted, int n,
                                                                       LocalDate starts, LocalDate ends, LocalDate due,
                                                                       LocalDate grace) {
        FeeYear y = year(PatentFees.years(IpType.INVENTION_PATENT, filed, granted, SOLE, STATUTORY), n);
        assertThat(y.startsOn()).isEqualTo(starts);
        assertThat(y.endsOn()).isEqualTo(ends);
        assertThat(y.dueOn()).isEqualTo(due);
        assertThat(y.atGrant()).isEqualTo(due.equals(granted));
        assertThat(y.graceEnd()).isEqualTo(grace);
        assertThat(y.lapseOn()).isEqualTo(grace.plusDays(1));
    }

    @Test
    void consecutiveFeeYears_touch_withoutGapsOrOverlaps() {
        List<FeeYear> years = PatentFees.years(IpType.INVENTION_PATENT, LocalDate.of(2020, 2, 29),
                LocalDate.of(2020, 3, 1), SOLE, STATUTORY);
        assertThat(years).hasSize(20);
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).startsOn()).isEqualTo(years.get(i - 1).endsOn().plusDays(1));
            assertThat(years.get(i).dueOn()).isEqualTo(years.get(i - 1).endsOn());
        }
        assertThat(years.get(19).endsOn()).isEqualTo("2040-02-28");
    }

    @ParameterizedTest(name = "{0} filed {1}: years {2}..{3}, payable {4}")
    @CsvSource({
            // every fee due from 2018-08-01: 10 reduced fee years from the grant year, so a whole utility model term
            "UTILITY_MODEL, 2018-05-10, 2019-01-20, 1, 10, 2028-05-09, 90.00;90.00;90.00;135.00;135.00;180.00;180.00;180.00;300.00;300.00",
            "UTILITY_MODEL, 2018-05-10, 2020-06-01, 3, 10, 2028-05-09, 90.00;135.00;135.00;180.00;180.00;180.00;300.00;300.00",
            "DESIGN, 2021-05-31, 2021-12-01, 1, 10, 2031-05-30, 90.00;90.00;90.00;135.00;135.00;180.00;180.00;180.00;300.00;300.00",
            "DESIGN, 2021-06-01, 2022-03-01, 1, 15, 2036-05-31, 90.00;90.00;90.00;135.00;135.00;180.00;180.00;180.00;300.00;300.00;3000.00;3000.00;3000.00;3000.00;3000.00",
    })
    void utilityModelAndDesignSchedules_andTheDesignTermByFilingDate(IpType type, LocalDate filed, LocalDate granted,
                                                                   int first, int last, LocalDate termEnd,
                                                                   String payables) {
        List<FeeYear> years = PatentFees.years(type, filed, granted, SOLE, STATUTORY);
        assertThat(years.get(0).year()).isEqualTo(first);
        assertThat(years.get(years.size() - 1).year()).isEqualTo(last);
        assertThat(years.get(years.size() - 1).endsOn()).isEqualTo(termEnd);
        assertThat(years).extracting(y -> y.payable().toPlainString()).containsExactly(payables.split(";"));
    }

    @Test
    void nothing_forNonPatents_orWithoutDates_orGrantedAfterTheTerm() {
        assertThat(PatentFees.years(IpType.SOFTWARE_COPYRIGHT, E10_FILED, E10_GRANTED, SOLE, STATUTORY)).isEmpty();
        assertThat(PatentFees.years(IpType.INVENTION_PATENT, null, E10_GRANTED, SOLE, STATUTORY)).isEmpty();
        assertThat(PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, null, SOLE, STATUTORY)).isEmpty();
        assertThat(PatentFees.years(IpType.UTILITY_MODEL, E10_FILED, LocalDate.of(2029, 7, 15), SOLE, STATUTORY))
                .isEmpty();
        assertThatThrownBy(() -> PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_FILED.minusDays(1), SOLE,
                STATUTORY)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "paid {0} → surcharge {1}")
    @CsvSource({
            "2022-07-01, 0.00",
            "2022-07-14, 0.00",     // on the due date
            "2022-07-15, 0.00",     // within the first month: none
            "2022-08-14, 0.00",     // + 1 month exactly
            "2022-08-15, 60.00",    // + 1 month + 1 day: 5% of the full 1,200, not of the reduced 180
            "2022-09-14, 60.00",
            "2022-09-15, 120.00",
            "2022-12-14, 240.00",
            "2022-12-15, 300.00",
            "2023-01-14, 300.00",   // + 6 months: the grace end, 25%
    })
    void surcharge_byMonthsLate_onTheFullFee(LocalDate paidOn, BigDecimal surcharge) {
        FeeYear four = year(e10(), 4);
        assertThat(four.surcharge(paidOn)).isEqualTo(surcharge);
        assertThat(four.amountIfPaidOn(paidOn)).isEqualTo(money("180.00").add(surcharge));
    }

    @Test
    void afterTheGraceEnd_paymentIsRefused_asLapsed() {
        FeeYear four = year(e10(), 4);
        assertThatThrownBy(() -> four.surcharge(LocalDate.of(2023, 1, 15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lapsed");
        assertThatThrownBy(() -> four.amountIfPaidOn(four.lapseOn())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "due 2023-08-31, paid {0} → {1}")
    @CsvSource({"2023-09-30, 0.00", "2023-10-01, 60.00", "2024-01-31, 240.00", "2024-02-01, 300.00",
            "2024-02-29, 300.00"})
    void surchargeMonths_followMonthEnds(LocalDate paidOn, BigDecimal surcharge) {
        FeeYear five = year(PatentFees.years(IpType.INVENTION_PATENT, LocalDate.of(2019, 8, 31),
                LocalDate.of(2023, 8, 31), SOLE, STATUTORY), 5);
        assertThat(five.surcharge(paidOn)).isEqualTo(surcharge);
        assertThatThrownBy(() -> five.surcharge(LocalDate.of(2024, 3, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "co-owned from {0}: fee year {1} → {2} reduction, payable {3}")
    @CsvSource({
            "2023-07-15, 5, SOLE, 85, 180.00",   // due 2023-07-14, before the co-ownership
            "2023-07-15, 6, JOINT, 70, 360.00",  // due 2024-07-14
            "2023-07-14, 5, JOINT, 70, 360.00",  // due on the day co-ownership starts
            "2023-07-14, 4, SOLE, 85, 180.00",
            "2023-07-14, 9, JOINT, 70, 600.00",  // within 10 years from the grant year
            "2023-07-14, 12, JOINT, 70, 1200.00", // the last reduced year
            "2023-07-14, 13, JOINT, 0, 6000.00", // after the 10 reduced years: none
            "2022-01-01, 3, JOINT, 70, 270.00",  // co-owned at grant
    })
    void reduction_followsTheOwnersOnTheDueDate(LocalDate jointFrom, int n, OwnerKind kind, String percent,
                                               BigDecimal payable) {
        List<FeeYear> years = PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED,
                d -> d.isBefore(jointFrom) ? OwnerKind.SOLE : OwnerKind.JOINT, STATUTORY);
        FeeYear y = year(years, n);
        assertThat(y.ownerKind()).isEqualTo(kind);
        assertThat(y.reduction()).isEqualTo(Percent.ofPercent(percent));
        assertThat(y.payable()).isEqualTo(payable);
    }

    @Test
    void theTableInForceOnTheDueDate_applies_andAnIneligibleUnitGetsNoReduction() {
        Map<IpType, String> raised = new EnumMap<>(FeeSettings.DEFAULT_SCHEDULES);
        raised.put(IpType.INVENTION_PATENT, "1-3:900;4-6:1200;7-9:2500;10-12:4000;13-15:6000;16-20:8000");
        FeeTable later = FeeSettings.parse(raised, "SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:true");
        FeeTable ineligible = FeeSettings.parse(raised, "SOLE:85;JOINT:70;YEARS:6;ELIGIBLE:false");
        LocalDate from = LocalDate.of(2025, 7, 14);
        LocalDate noReductionFrom = LocalDate.of(2026, 1, 1);
        FeeRules rules = d -> d.isBefore(from) ? FeeSettings.DEFAULT : d.isBefore(noReductionFrom) ? later : ineligible;
        List<FeeYear> years = PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED, SOLE, rules);
        assertThat(year(years, 6).fullFee()).isEqualTo(money("1200.00"));
        assertThat(year(years, 7).fullFee()).isEqualTo(money("2500.00"));
        assertThat(year(years, 7).payable()).isEqualTo(money("375.00"));
        assertThat(year(years, 8).reduction()).isEqualTo(Percent.ZERO);
        assertThat(year(years, 8).payable()).isEqualTo(money("2500.00"));
    }

    @Test
    void aScheduleWithoutTheYear_isAClearError() {
        FeeTable empty = new FeeTable(Map.of(), Percent.ZERO, Percent.ZERO, 0, false);
        assertThatThrownBy(() -> PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED, SOLE, d -> empty))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fee year 3");
    }
}
