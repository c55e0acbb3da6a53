package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.settings.DatedValue;

/** R-TAX58 condition 1 with its dates: the status in force on a day, from the setting's versions. */
class NonProfitStatusTest {
    // a unit that turns for-profit on 2025-07-01, listed out of order to show order does not matter
    private static final NonProfitStatus CHANGED = NonProfitStatus.of(List.of(
            new DatedValue(LocalDate.of(2025, 7, 1), "false"),
            new DatedValue(LocalDate.of(2018, 1, 1), "true"),
            new DatedValue(LocalDate.of(2026, 1, 1), "true")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            2017-12-31, true
            2018-01-01, true
            2025-06-30, true
            2025-07-01, false
            2025-12-31, false
            2026-01-01, true
            """)
    void on_isTheLatestVersionOnOrBeforeTheDay(LocalDate day, boolean nonProfit) {
        assertThat(CHANGED.on(day)).isEqualTo(nonProfit);
    }

    @ParameterizedTest(name = "no version, {0} → non-profit (the default)")
    @CsvSource(textBlock = """
            2018-07-01
            2025-07-01
            """)
    void noVersion_meansNonProfit(LocalDate day) {
        assertThat(NonProfitStatus.of(List.of()).on(day)).isTrue();
    }

    @ParameterizedTest(name = "paid {0}, today {1} → {2}")
    @CsvSource(textBlock = """
            2025-06-30, 2025-07-15, true
            2025-07-01, 2025-06-15, false
            ,           2025-06-30, true
            ,           2025-07-01, false
            """)
    void forPayment_judgesByThePaymentDay_anUnpaidLineByToday(LocalDate paidOn, LocalDate today, boolean nonProfit) {
        assertThat(CHANGED.forPayment(paidOn, today)).isEqualTo(nonProfit);
    }

    @ParameterizedTest(name = "always({0}) on {1}")
    @CsvSource(textBlock = """
            true,  2025-06-30
            false, 2025-07-01
            """)
    void always_ignoresTheDay(boolean nonProfit, LocalDate day) {
        assertThat(NonProfitStatus.always(nonProfit).on(day)).isEqualTo(nonProfit);
    }
}
