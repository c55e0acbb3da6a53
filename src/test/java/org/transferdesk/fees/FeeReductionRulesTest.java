package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Percent;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.PatentTerm;
import org.transferdesk.pilot.MaintenancePayer;

/**
 * R-PAT-FEE's 费减 period with its dates (6 fee years from the grant year for fees due before 2018-08-01, 10 from
 * then on, 财税〔2018〕37号) and R-PAT-OPEN's open-licence reduction (15%, never added to 费减: the lower fee
 * applies), under the statutory rules by due date.
 */
class FeeReductionRulesTest {
    private static final FeeRules STATUTORY = FeeSettings.STATUTORY;

    private static FeeYear year(IpType type, String filed, String granted, int n, OwnerKind owner, FeeRules rules,
                                OpenLicencePeriod... open) {
        PatentFeeInput p = new PatentFeeInput(1, 10, "CG-1", "专利", "X", type, LocalDate.parse(filed),
                LocalDate.parse(granted), null, Set.of(), owner == OwnerKind.JOINT
                ? List.of(new CoOwnedPeriod(LocalDate.parse(granted), null, null, null, null)) : List.of(),
                List.of(open));
        return p.feeYears(rules).stream().filter(y -> y.year() == n).findFirst().orElseThrow();
    }

    /** E10 (rule book, rules/examples.md), fee year by fee year: the invention and the utility model, sole owner. */
    @ParameterizedTest(name = "E10 {0} fee year {3}: due {4}, full {5}, payable {6}")
    @CsvSource(textBlock = """
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  3, 2022-03-08,  900.00,  135.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  4, 2022-07-14, 1200.00,  180.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  5, 2023-07-14, 1200.00,  180.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  6, 2024-07-14, 1200.00,  180.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  7, 2025-07-14, 2000.00,  300.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  8, 2026-07-14, 2000.00,  300.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08,  9, 2027-07-14, 2000.00,  300.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08, 10, 2028-07-14, 4000.00,  600.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08, 11, 2029-07-14, 4000.00,  600.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08, 12, 2030-07-14, 4000.00,  600.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08, 13, 2031-07-14, 6000.00, 6000.00
            INVENTION_PATENT, 2019-07-15, 2022-03-08, 20, 2038-07-14, 8000.00, 8000.00
            UTILITY_MODEL,    2020-12-10, 2021-06-01,  1, 2021-06-01,  600.00,   90.00
            UTILITY_MODEL,    2020-12-10, 2021-06-01,  6, 2025-12-09, 1200.00,  180.00
            UTILITY_MODEL,    2020-12-10, 2021-06-01,  7, 2026-12-09, 1200.00,  180.00
            UTILITY_MODEL,    2020-12-10, 2021-06-01,  9, 2028-12-09, 2000.00,  300.00
            UTILITY_MODEL,    2020-12-10, 2021-06-01, 10, 2029-12-09, 2000.00,  300.00
            """)
    void e10_feeYearByFeeYear(IpType type, String filed, String granted, int n, LocalDate due, BigDecimal full,
                              BigDecimal payable) {
        FeeYear y = year(type, filed, granted, n, OwnerKind.SOLE, STATUTORY);
        assertThat(y.dueOn()).isEqualTo(due);
        assertThat(y.fullFee()).isEqualTo(full);
        assertThat(y.payable()).isEqualTo(payable);
        assertThat(y.reducedBy()).isEqualTo(payable.equals(full) ? FeeReduction.NONE : FeeReduction.FEE_REDUCTION);
    }

    /** E10's totals and term ends: reduced years 3–12 3,375.00 of 22,500.00; the utility model's years 1–10 1,680.00. */
    @ParameterizedTest(name = "E10 {0}: years {3}–{4} pay {5} of {6}; term ends {7}")
    @CsvSource(textBlock = """
            INVENTION_PATENT, 2019-07-15, 2022-03-08, 3, 12, 3375.00, 22500.00, 2039-07-14
            UTILITY_MODEL,    2020-12-10, 2021-06-01, 1, 10, 1680.00, 11200.00, 2030-12-09
            """)
    void e10_totals_andTermEnd(IpType type, LocalDate filed, LocalDate granted, int from, int to, BigDecimal payable,
                               BigDecimal full, LocalDate termEnd) {
        List<FeeYear> years = PatentFees.years(type, filed, granted, d -> OwnerKind.SOLE, STATUTORY);
        List<FeeYear> span = years.stream().filter(y -> y.year() >= from && y.year() <= to).toList();
        assertThat(span).hasSize(to - from + 1).allMatch(FeeYear::reduced);
        assertThat(span.stream().map(FeeYear::payable).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(payable);
        assertThat(span.stream().map(FeeYear::fullFee).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(full);
        assertThat(years.get(years.size() - 1).endsOn()).isEqualTo(termEnd)
                .isEqualTo(PatentTerm.termEnd(type, filed).orElseThrow());
    }

    /**
     * Granted in fee year 2, so the 6-year rule reduces years 2–7 and the 10-year rule 2–11; which applies is
     * decided by each fee's due date, so a patent can get its reduction back when 37号 takes effect.
     */
    @ParameterizedTest(name = "filed {0}, fee year {1} due {2}, {3}: {4}% → {5}")
    @CsvSource(textBlock = """
            2009-08-01,  7, 2015-07-31, SOLE,  85,  300.00
            2009-08-01,  8, 2016-07-31, SOLE,   0, 2000.00
            2009-08-01, 10, 2018-07-31, SOLE,   0, 4000.00
            2009-08-02, 10, 2018-08-01, SOLE,  85,  600.00
            2009-08-01, 11, 2019-07-31, SOLE,  85,  600.00
            2009-08-01, 12, 2020-07-31, SOLE,   0, 4000.00
            2009-08-01, 11, 2019-07-31, JOINT, 70, 1200.00
            2009-08-01, 12, 2020-07-31, JOINT,  0, 4000.00
            2009-08-02,  9, 2017-08-01, JOINT,  0, 2000.00
            2009-08-02, 10, 2018-08-01, JOINT, 70, 1200.00
            """)
    void reducedYears_sixBefore2018_08_01_tenFromIt_countedFromTheGrantYear(String filed, int n, LocalDate due,
                                                                          OwnerKind owner, String percent,
                                                                          BigDecimal payable) {
        FeeYear y = year(IpType.INVENTION_PATENT, filed, "2011-03-01", n, owner, STATUTORY);
        assertThat(y.dueOn()).isEqualTo(due);
        assertThat(y.ownerKind()).isEqualTo(owner);
        assertThat(y.reduction()).isEqualTo(Percent.ofPercent(percent));
        assertThat(y.payable()).isEqualTo(payable);
    }

    @Test
    void theStatutoryDefault_carriesBothVersions_withTheirDates() {
        assertThat(FeeSettings.defaultReductionOn(LocalDate.of(2018, 7, 31))).isEqualTo(FeeSettings.REDUCTION_6_YEARS)
                .contains("YEARS:6");
        assertThat(FeeSettings.defaultReductionOn(LocalDate.of(2018, 8, 1))).isEqualTo(FeeSettings.DEFAULT_REDUCTION)
                .contains("YEARS:10");
        assertThat(STATUTORY.on(LocalDate.of(2018, 7, 31)).reducedYears()).isEqualTo(6);
        assertThat(STATUTORY.on(LocalDate.of(2018, 8, 1)).reducedYears()).isEqualTo(10);
        assertThat(STATUTORY.on(LocalDate.of(2018, 8, 1))).isEqualTo(FeeSettings.DEFAULT);
        assertThat(FeeSettings.DEFAULT.reducedYears()).isEqualTo(10);
    }

    /** A co-owned period (an ownership grant) still gives joint owners 70%, now over the 10 years, and splits the fee. */
    @Test
    void coOwnedPeriod_joint70_withinTenYears_andTheSplitByShare() {
        PatentFeeInput p = new PatentFeeInput(1, 10, "CG-1", "专利", "X", IpType.INVENTION_PATENT,
                LocalDate.of(2019, 7, 15), LocalDate.of(2022, 3, 8), null, Set.of(), List.of(new CoOwnedPeriod(
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 7, 15), MaintenancePayer.BY_SHARE,
                Percent.ofPercent("30"), "FQ-1")));
        List<FeeYear> years = p.feeYears(STATUTORY);
        assertThat(years).filteredOn(y -> y.year() >= 8 && y.year() <= 11)
                .extracting(y -> y.year() + "/" + y.ownerKind() + "/" + y.reduction() + "/" + y.payable())
                .containsExactly("8/SOLE/85%/300.00", "9/JOINT/70%/600.00", "10/JOINT/70%/1200.00",
                        "11/SOLE/85%/600.00");
        FeePlan plan = FeePlan.of(2027, List.of(p), STATUTORY);
        assertThat(plan.rows()).singleElement().satisfies(r -> {
            assertThat(r.universityPart()).isEqualTo("180.00");
            assertThat(r.coOwnersPart()).isEqualTo("420.00");
        });
    }

    // --- R-PAT-OPEN ---

    private static OpenLicencePeriod open(String from, String to) {
        return new OpenLicencePeriod(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "XK-1");
    }

    /**
     * The reduction that gives the lower fee applies, never both: 费减 (sole 85%, joint 70%) beats the open
     * licence's 15% inside its window; beyond it, or for a unit without 费减, the open licence's 15% applies.
     */
    @ParameterizedTest(name = "E10 fee year {0}, {1}, eligible {2}: {3} {4}% → {5} ({6})")
    @CsvSource(textBlock = """
             9, SOLE,  true,  FEE_REDUCTION, 85,  300.00, 费减85%
             9, JOINT, true,  FEE_REDUCTION, 70,  600.00, 费减70%
            13, SOLE,  true,  OPEN_LICENCE,  15, 5100.00, 开放许可减15%
            20, SOLE,  true,  OPEN_LICENCE,  15, 6800.00, 开放许可减15%
             9, SOLE,  false, OPEN_LICENCE,  15, 1700.00, 开放许可减15%
            """)
    void underOpenLicence_theLowerFeeApplies_neverBoth(int n, OwnerKind owner, boolean eligible,
                                                       FeeReduction by, String percent, BigDecimal payable,
                                                       String label) {
        FeeRules rules = eligible ? STATUTORY : d -> FeeSettings.parse(FeeSettings.DEFAULT_SCHEDULES,
                "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:false");
        FeeYear y = year(IpType.INVENTION_PATENT, "2019-07-15", "2022-03-08", n, owner, rules,
                open("2025-01-01", null));
        assertThat(y.reducedBy()).isEqualTo(by);
        assertThat(y.reduction()).isEqualTo(Percent.ofPercent(percent));
        assertThat(y.payable()).isEqualTo(payable);
        assertThat(y.reductionLabel()).isEqualTo(label);
    }

    /** E10 year 13 is due 2031-07-14: reduced by the open licence only when it runs that day (both ends inclusive). */
    @ParameterizedTest(name = "open licence {0} – {1}: year 13 → {2}")
    @CsvSource(nullValues = "null", textBlock = """
            2031-07-15, null,       6000.00
            2031-07-14, null,       5100.00
            2031-07-13, null,       5100.00
            2025-01-01, 2031-07-14, 5100.00
            2025-01-01, 2031-07-13, 6000.00
            2025-01-01, 2028-12-31, 6000.00
            """)
    void openLicence_theDayBefore_theDayItTakesEffect_andAfterItEnds(String from, String to, BigDecimal payable) {
        FeeYear y = year(IpType.INVENTION_PATENT, "2019-07-15", "2022-03-08", 13, OwnerKind.SOLE, STATUTORY,
                open(from, to));
        assertThat(y.payable()).isEqualTo(payable);
        assertThat(y.reducedBy()).isEqualTo(payable.equals(new BigDecimal("6000.00")) ? FeeReduction.NONE
                : FeeReduction.OPEN_LICENCE);
        assertThat(y.reductionLabel()).isEqualTo(y.reducedBy() == FeeReduction.NONE ? "不减缴" : "开放许可减15%");
    }

    /** 财税〔2024〕23号 took effect 2024-07-15: a fee due the day before gets no open-licence reduction. */
    @ParameterizedTest(name = "filed {0}: year 6 due {1} under open licence → {2}")
    @CsvSource(textBlock = """
            2019-07-15, 2024-07-14, 1200.00
            2019-07-16, 2024-07-15, 1020.00
            """)
    void openLicenceReduction_appliesToFeesDueFrom2024_07_15(String filed, LocalDate due, BigDecimal payable) {
        FeeRules ineligible = d -> FeeSettings.parse(FeeSettings.DEFAULT_SCHEDULES,
                "SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:false");
        FeeYear y = year(IpType.INVENTION_PATENT, filed, "2022-03-08", 6, OwnerKind.SOLE, ineligible,
                open("2022-01-01", null));
        assertThat(y.dueOn()).isEqualTo(due);
        assertThat(y.payable()).isEqualTo(payable);
        assertThat(OpenLicence.reductionOn(due, false)).isEqualTo(Percent.ZERO);
    }

    @Test
    void openLicencePeriod_endsNotBeforeItStarts() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(new OpenLicencePeriod(day, day, null).contains(day)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OpenLicencePeriod(day, day.minusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OpenLicencePeriod(null, day, null))
                .isInstanceOf(NullPointerException.class);
    }

    /** The portfolio review says which reductions its coming fees got, each once, in due order. */
    @Test
    void review_namesTheReductionsOfItsFees() {
        PatentFeeInput p = new PatentFeeInput(1, 10, "CG-1", "专利", "X", IpType.INVENTION_PATENT,
                LocalDate.of(2019, 7, 15), LocalDate.of(2022, 3, 8), null, Set.of(), List.of(),
                List.of(open("2029-01-01", null)));
        List<ReviewRow> rows = PortfolioReview.of(List.of(p), Map.of(), LocalDate.of(2029, 7, 1), 3, STATUTORY);
        // years 11 and 12 (费减 600.00 each) and 13 (open licence 5,100.00)
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.nextFees()).isEqualTo("6300.00");
            assertThat(r.fees()).extracting(FeeYear::year).containsExactly(11, 12, 13);
            assertThat(r.reductionLabel()).isEqualTo("费减85%、开放许可减15%");
        });
    }
}
