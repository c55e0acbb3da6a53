package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.NonProfitStatus;

/**
 * R-TAX58 in the annual report with a dated non-profit status: each cash line is judged by the status on its
 * payment day (as its 备案表 was), so a year in which the unit turned for-profit on 2025-07-01 keeps the
 * exempt part of the payments made before that day and no other.
 */
class ReportNonProfitByDateTest {
    private static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);
    /** Non-profit until 2025-06-30, for-profit from 2025-07-01. */
    private static final NonProfitStatus TURNS_FOR_PROFIT = day -> day.isBefore(CHANGE);
    /** For-profit until 2025-06-30, non-profit from 2025-07-01. */
    private static final NonProfitStatus TURNS_NON_PROFIT = day -> !day.isBefore(CHANGE);

    private static ReportRewardLine cash(long id, String amount, String paidOn) {
        return new ReportRewardLine(id, 10 + id, 1L, "T1", DistributionKind.CASH, DealMode.TRANSFER, id, "人员" + id,
                new BigDecimal(amount), LocalDate.parse(paidOn), LocalDate.parse(paidOn), true, LeaderRole.NONE, false,
                true, true, LocalDate.of(2025, 1, 10), null);
    }

    private static ReportData data(List<ReportRewardLine> lines) {
        ReportContract c = E8Fixture.contract(1, "T1", DealMode.TRANSFER, "2025-01-01", "1000000.00");
        // the data's own flag says the opposite of the dated status: the report must not read it
        return new ReportData(LocalDate.MIN, List.of(c), List.of(), lines, List.of(), List.of(), List.of(), List.of(),
                false);
    }

    @ParameterizedTest(name = "paid {0}: turns for-profit → {1}, turns non-profit → {2}")
    @CsvSource(textBlock = """
            2025-06-30, 500.01, 0.00
            2025-07-01, 0.00,   500.01
            """)
    void onePayment_isJudgedByTheStatusOfItsDay(String paidOn, BigDecimal forProfitLater, BigDecimal nonProfitLater) {
        ReportData data = data(List.of(cash(1, "1000.01", paidOn)));

        assertThat(AnnualReports.build(data, 2025, ReportConventions.DEFAULT, TURNS_FOR_PROFIT)
                .rewards().taxExempt58()).isEqualByComparingTo(forProfitLater);
        assertThat(AnnualReports.build(data, 2025, ReportConventions.DEFAULT, TURNS_NON_PROFIT)
                .rewards().taxExempt58()).isEqualByComparingTo(nonProfitLater);
    }

    @ParameterizedTest(name = "status turns {0} on 2025-07-01 → exempt {1}, traced {2}")
    @CsvSource(textBlock = """
            for-profit, 500.00, 1
            non-profit, 1000.00, 1
            """)
    void aYearSpanningTheChange_countsEachPaymentByItsDay(String turns, BigDecimal exempt, int traced) {
        ReportData data = data(List.of(cash(1, "1000.00", "2025-06-30"), cash(2, "2000.00", "2025-07-01")));
        NonProfitStatus status = turns.equals("for-profit") ? TURNS_FOR_PROFIT : TURNS_NON_PROFIT;

        AnnualReport r = AnnualReports.build(data, 2025, ReportConventions.DEFAULT, status);

        assertThat(r.rewards().cash()).isEqualByComparingTo("3000.00");
        assertThat(r.rewards().taxExempt58()).isEqualByComparingTo(exempt);
        assertThat(r.traceOf("rewards.taxExempt58")).hasSize(traced);
    }

    @ParameterizedTest(name = "up to {0} → exempt {1}")
    @CsvSource(textBlock = """
            2025-06-30, 500.00
            2025-07-01, 500.00
            """)
    void aYearSoFar_usesTheDatedStatusToo(LocalDate cutoff, BigDecimal exempt) {
        ReportData data = data(List.of(cash(1, "1000.00", "2025-06-30"), cash(2, "2000.00", "2025-07-01")));

        AnnualReport r = AnnualReports.buildUpTo(data, 2025, cutoff, ReportConventions.DEFAULT, TURNS_FOR_PROFIT);

        assertThat(r.rewards().taxExempt58()).isEqualByComparingTo(exempt);
    }
}
