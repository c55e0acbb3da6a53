package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;

/** The data check "received more than the contract amount" (issue 17): the total to the year's end, at the fen. */
class ReceivedMoreCheckTest {
    private static ReportContract contract(DealMode mode, String amount, String receivedBefore) {
        return new ReportContract(1, "C1", "许可", mode, null, DealStatus.SIGNED, LocalDate.of(2023, 3, 1), null, "R",
                new BigDecimal(amount), null, null, null, false, null, null, null, null, List.of(),
                new BigDecimal(receivedBefore));
    }

    @ParameterizedTest(name = "{0} of {1}, {2} before, {3} on 2024-12-31 → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            LICENSE  | 100000.00 | 60000.00 | 40000.00 | false
            LICENSE  | 100000.00 | 60000.00 | 40000.01 | true
            TRANSFER | 120.00    | 0.00     | 1200000  | true
            EQUITY   | 100.00    | 0.00     | 5000.00  | false
            """)
    void aContractThatReceivedMoreThanItsAmount_isChecked_inTheYearTheExcessArrived(DealMode mode, String amount,
                                                                                    String before, String inYear,
                                                                                    boolean flagged) {
        ReportData data = new ReportData(LocalDate.of(2024, 1, 1), List.of(contract(mode, amount, before)),
                List.of(new ReportReceipt(1, 1, LocalDate.of(2024, 12, 31), new BigDecimal(inYear))), List.of(),
                List.of(), List.of(), List.of(), List.of(), true);
        AnnualReport report = AnnualReports.build(data, 2024, ReportConventions.DEFAULT);
        assertThat(report.checks()).filteredOn(c -> c.kind() == CheckKind.RECEIVED_MORE).hasSize(flagged ? 1 : 0);
    }
}
