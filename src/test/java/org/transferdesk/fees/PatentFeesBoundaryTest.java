package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.ip.IpType;

/** R-PAT-FEE edges: the first and last day of the term, the last day of each grace month, single-year bands. */
class PatentFeesBoundaryTest {
    private static final LocalDate E10_FILED = LocalDate.of(2019, 7, 15);
    private static final LocalDate E10_GRANTED = LocalDate.of(2022, 3, 8);

    private static FeeYear e10Year(int n, FeeRules rules) {
        return PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED, d -> OwnerKind.SOLE, rules).stream()
                .filter(y -> y.year() == n).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} → fee year {1}")
    @CsvSource(textBlock = """
            2019-07-14,
            2019-07-15, 1
            2020-07-14, 1
            2020-07-15, 2
            2038-07-14, 19
            2038-07-15, 20
            2039-07-14, 20
            2039-07-15,
            """)
    void feeYearOf_firstAndLastDayOfTheTerm(LocalDate date, Integer year) {
        assertThat(PatentFees.feeYearOf(E10_FILED, date, 20)).isEqualTo(Optional.ofNullable(year));
    }

    /** 每超过规定的缴费时间1个月加收5%: nothing up to one month late, then 5% a month of the FULL fee, 25% at most. */
    @ParameterizedTest(name = "year 4 paid {0} → surcharge {1}, total {2}")
    @CsvSource(textBlock = """
            2022-07-13, 0.00,   180.00
            2022-07-14, 0.00,   180.00
            2022-08-14, 0.00,   180.00
            2022-08-15, 60.00,  240.00
            2022-09-14, 60.00,  240.00
            2022-09-15, 120.00, 300.00
            2022-12-15, 300.00, 480.00
            2023-01-14, 300.00, 480.00
            """)
    void surcharge_stepsTheDayAfterEachMonthEnds(LocalDate paidOn, BigDecimal surcharge, BigDecimal total) {
        FeeYear four = e10Year(4, d -> FeeSettings.DEFAULT);
        assertThat(four.dueOn()).isEqualTo("2022-07-14");
        assertThat(four.surcharge(paidOn)).isEqualByComparingTo(surcharge).hasScaleOf(2);
        assertThat(four.amountIfPaidOn(paidOn)).isEqualByComparingTo(total);
    }

    @Test
    void surcharge_theDayAfterGrace_isALapse() {
        FeeYear four = e10Year(4, d -> FeeSettings.DEFAULT);
        assertThat(four.graceEnd()).isEqualTo("2023-01-14");
        assertThatThrownBy(() -> four.surcharge(LocalDate.of(2023, 1, 15))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notEligible_noYearIsReduced_andSingleYearBandsAreAllowed() {
        FeeTable table = FeeSettings.parse(Map.of(IpType.INVENTION_PATENT,
                "1-3:900;4:1200;5:1200;6:1200.01;7-9:2000;10-12:4000;13-15:6000;16-20:8000"),
                "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:false");
        List<FeeYear> years = PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED, d -> OwnerKind.SOLE,
                d -> table);
        assertThat(years).noneMatch(FeeYear::reduced);
        assertThat(years.stream().filter(y -> y.year() == 6).findFirst().orElseThrow().payable())
                .isEqualByComparingTo("1200.01");
    }

    @Test
    void reduction_ofAnOddFenFee_isHalfUp() {
        FeeTable table = FeeSettings.parse(Map.of(IpType.INVENTION_PATENT,
                "1-3:900.10;4-6:1200;7-9:2000;10-12:4000;13-15:6000;16-20:8000"), "SOLE:85;JOINT:70;YEARS:1;ELIGIBLE:true");
        FeeYear three = e10Year(3, d -> table);
        // 900.10 × 15% = 135.015 → 135.02; only the grant year is reduced (YEARS:1).
        assertThat(three.payable()).isEqualByComparingTo("135.02");
        assertThat(three.reduced()).isTrue();
        assertThat(e10Year(4, d -> table).reduced()).isFalse();
    }

    @Test
    void coOwnedPeriod_mustEndAfterItStarts() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        assertThatThrownBy(() -> new CoOwnedPeriod(day, day, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        CoOwnedPeriod oneDay = new CoOwnedPeriod(day, day.plusDays(1), null, null, null);
        assertThat(oneDay.contains(day)).isTrue();
        assertThat(oneDay.contains(day.plusDays(1))).isFalse();
        assertThat(oneDay.contains(day.minusDays(1))).isFalse();
    }

    /**
     * rule book R-PAT-FEE and E10: for fees due from 2018-08-01 the reduction covers the fee years within 10
     * years from the grant year (years 3–12 of E10, 3,375.00 of 22,500.00; years 7–9 300.00, 10–12 600.00).
     */
    @Test
    void e10_reducedForTenYearsFromTheGrantYear() {
        List<FeeYear> years = PatentFees.years(IpType.INVENTION_PATENT, E10_FILED, E10_GRANTED, d -> OwnerKind.SOLE,
                d -> FeeSettings.DEFAULT);
        List<FeeYear> reduced = years.stream().filter(y -> y.year() <= 12).toList();
        assertThat(reduced).allMatch(FeeYear::reduced);
        assertThat(reduced.stream().map(FeeYear::payable).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3375.00");
        assertThat(reduced.stream().map(FeeYear::fullFee).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("22500.00");
        assertThat(years.stream().filter(y -> y.year() == 13).findFirst().orElseThrow().payable())
                .isEqualByComparingTo("6000.00");
    }
}
