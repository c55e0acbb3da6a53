package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.fees.FeeFixture.d;
import static org.transferdesk.fees.FeeFixture.patent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transferdesk.ip.IpType;

/**
 * Patents whose unsettled fees in [today, today + 3 years) exceed what their result earned, largest gap
 * first. Today 2026-11-22 → window up to 2029-11-21.
 */
class PortfolioReviewTest {
    static final LocalDate TODAY = d("2026-11-22");

    /** E10: years 9–11 due 2027/2028/2029-07-14, all within 10 years from the grant year: 300 + 600 + 600. */
    static final PatentFeeInput E10 = patent(1, "201910000001.1", IpType.INVENTION_PATENT, "2019-07-15",
            "2022-03-08", null, Set.of());
    /** Year 9 due 2026-11-19 (before today: not counted although unpaid); years 10–12: 3 × 600. */
    static final PatentFeeInput LATE = patent(2, "201810000002.2", IpType.INVENTION_PATENT, "2018-11-20",
            "2021-02-01", null, Set.of());
    /** The same dates with year 10 paid: 1,200. */
    static final PatentFeeInput PAID10 = patent(3, "201810000003.3", IpType.INVENTION_PATENT, "2018-11-20",
            "2021-02-01", null, Set.of(10));
    /** Year 8 due today (counted), 9 and 10; year 11 due 2029-11-22 is outside: 300 + 300 + 600. */
    static final PatentFeeInput TODAYS = patent(4, "201910000004.4", IpType.INVENTION_PATENT, "2019-11-23",
            "2021-01-01", null, Set.of());
    /** E10 on a result that earned exactly its fees: not listed. */
    static final PatentFeeInput EVEN = patent(5, "201910000005.5", IpType.INVENTION_PATENT, "2019-07-15",
            "2022-03-08", null, Set.of());
    /** E10 on a result that earned more: not listed. */
    static final PatentFeeInput EARNER = patent(6, "201910000006.6", IpType.INVENTION_PATENT, "2019-07-15",
            "2022-03-08", null, Set.of());

    private static final Map<Long, BigDecimal> EARNED = Map.of(
            10L, new BigDecimal("500"), 30L, new BigDecimal("1000.00"), 40L, new BigDecimal("100.00"),
            50L, new BigDecimal("1500.00"), 60L, new BigDecimal("1600.00"));

    @Test
    void patentsCostingMoreThanTheyEarned_largestGapFirst() {
        List<ReviewRow> rows = PortfolioReview.of(List.of(E10, LATE, PAID10, TODAYS, EVEN, EARNER,
                FeeFixture.SOFTWARE), EARNED, TODAY, 3, FeeFixture.STATUTORY);
        assertThat(rows).extracting(r -> r.patent().ipId() + "/" + r.nextFees() + "/" + r.earned() + "/" + r.nextDue()
                        + "/" + r.gap())
                .containsExactly(
                        "2/1800.00/0.00/2027-11-19/1800.00",
                        "4/1200.00/100.00/2026-11-22/1100.00",
                        "1/1500.00/500.00/2027-07-14/1000.00",
                        "3/1200.00/1000.00/2028-11-19/200.00");
        assertThat(rows).extracting(ReviewRow::reductionLabel).containsOnly("费减85%");
    }

    @Test
    void aShorterWindow_andAssumedPaidYears() {
        PatentFeeInput tracked = patent(2, "201810000002.2", IpType.INVENTION_PATENT, "2018-11-20", "2021-02-01",
                "2028-06-01", Set.of());
        // 1 year: up to 2027-11-21 → LATE's year 10 only; TODAYS's year 8 only; the tracked copy's year 10
        // (grace to 2028-05-19, before tracking began) is assumed paid
        assertThat(PortfolioReview.of(List.of(LATE, TODAYS, tracked), EARNED, TODAY, 1, FeeFixture.STATUTORY))
                .extracting(r -> r.patent().ipId() + "/" + r.nextFees())
                .containsExactly("2/600.00", "4/300.00");
        // over 3 years: years 11 and 12 only
        assertThat(PortfolioReview.of(List.of(tracked), Map.of(), TODAY, 3, FeeFixture.STATUTORY))
                .extracting(ReviewRow::nextFees, ReviewRow::nextDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1200.00"), d("2028-11-19")));
    }

    @Test
    void nothingDue_nothingListed() {
        assertThat(PortfolioReview.of(List.of(E10), Map.of(), d("2039-07-15"), 3, FeeFixture.STATUTORY)).isEmpty();
        assertThat(PortfolioReview.of(List.of(), Map.of(), TODAY, 3, FeeFixture.STATUTORY)).isEmpty();
    }
}
