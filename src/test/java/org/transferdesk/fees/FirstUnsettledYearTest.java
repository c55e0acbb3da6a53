package org.transferdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.ip.IpType;

/**
 * Issue 20: the due list asks for a granted patent's first unpaid fee year without pricing the paid years before it.
 * It must be the year the full list gives (R-PAT-FEE), at the trackedFrom boundary (a grace ending the day before
 * tracking starts is assumed paid; one ending on that day is not), with co-owned periods and an open licence.
 */
class FirstUnsettledYearTest {
    private static final LocalDate FILED = LocalDate.of(2016, 2, 29);
    private static final LocalDate GRANTED = LocalDate.of(2019, 3, 1);

    @ParameterizedTest(name = "{0} paid {1}, tracked from {2}")
    @CsvSource(nullValues = "-", value = {
        "INVENTION_PATENT, -, -, 4",
        "INVENTION_PATENT, 4, -, 5",
        "INVENTION_PATENT, 4 5 6 7, -, 8",
        "INVENTION_PATENT, 4 6, -, 5",
        "INVENTION_PATENT, 5 6, -, 4",
        // year 4 is due at grant (2019-03-01), its grace ends 2019-09-01: tracked from the next day, it is assumed paid
        "INVENTION_PATENT, -, 2019-09-02, 5",
        "INVENTION_PATENT, -, 2019-09-01, 4",
        // year 5 is due 2020-02-28, grace to 2020-08-28
        "INVENTION_PATENT, -, 2020-08-29, 6",
        "INVENTION_PATENT, -, 2020-08-28, 5",
        "INVENTION_PATENT, 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20, -, 0",
        "INVENTION_PATENT, 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19, -, 20",
        "UTILITY_MODEL, 4 5 6 7 8 9, -, 10",
        "UTILITY_MODEL, 4 5 6 7 8 9 10, -, 0",
        "SOFTWARE_COPYRIGHT, -, -, 0"})
    void theFirstUnsettledYear_isTheFullListsFirstUnsettledYear(IpType type, String paid, LocalDate trackedFrom,
                                                                int expectedYear) {
        Set<Integer> paidYears = paid == null ? Set.of()
                : Arrays.stream(paid.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
        PatentFeeInput p = new PatentFeeInput(1, 2, "R-1", "t", "CN1", type, FILED, GRANTED, trackedFrom, paidYears,
                List.of(new CoOwnedPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 1),
                        org.transferdesk.pilot.MaintenancePayer.BY_SHARE, org.transferdesk.common.Percent.ofPercent("30"),
                        "FQ-1")),
                List.of(new OpenLicencePeriod(LocalDate.of(2025, 1, 1), null, "XK-1")));
        FeeRules rules = FeeSettings.STATUTORY;

        var expected = p.feeYears(rules).stream().filter(y -> !p.settled(y)).findFirst();
        var first = p.firstUnsettled(rules);

        assertThat(first).isEqualTo(expected);
        assertThat(first.map(FeeYear::year).orElse(0)).isEqualTo(expectedYear);
    }

    @ParameterizedTest(name = "paid through year {0}: {1} fee table lookups")
    @CsvSource({"3, 1", "9, 1", "19, 1", "20, 0"})
    void theSettledYearsBeforeIt_areNotPriced(int paidThrough, int lookups) {
        Set<Integer> paidYears = java.util.stream.IntStream.rangeClosed(4, paidThrough).boxed()
                .collect(Collectors.toSet());
        PatentFeeInput p = new PatentFeeInput(1, 2, "R-1", "t", "CN1", IpType.INVENTION_PATENT, FILED, GRANTED, null,
                paidYears, List.of());
        AtomicInteger asked = new AtomicInteger();

        p.firstUnsettled(d -> {
            asked.incrementAndGet();
            return FeeSettings.DEFAULT;
        });

        assertThat(asked).hasValue(lookups);
    }
}
