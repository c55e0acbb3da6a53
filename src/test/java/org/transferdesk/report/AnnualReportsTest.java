package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.DealMode;
import org.transferdesk.common.link.RecordType;

/** R-REPORT-COUNT, R-REPORT-LARGE, R-REPORT-TRACE on rule book E8. */
class AnnualReportsTest {
    private final AnnualReport e8 = AnnualReports.build(E8Fixture.data(), 2024, ReportConventions.DEFAULT);

    /** E8 expected 2024, in 万元 as the rule book states (the report sums yuan exactly). */
    @ParameterizedTest(name = "{0}: {1} / {2} / {3} 万元")
    @CsvSource(textBlock = """
            TRANSFER,    1, 150.00, 150.00
            LICENSE,     1, 120.00, 100.00
            EQUITY,      1, 800.00,   0.00
            DEVELOPMENT, 1, 300.00, 280.00
            CONSULTING,  1,   8.00,   0.00
            SERVICE,     1,  25.00,  25.00
            """)
    void e8_modes(DealMode mode, int contracts, BigDecimal amountWan, BigDecimal receivedWan) {
        assertTally(e8.mode(mode), contracts, amountWan, receivedWan);
    }

    @Test
    void e8_subtotalsAndTotal() {
        assertTally(e8.conversion(), 3, new BigDecimal("1070.00"), new BigDecimal("250.00"));
        assertTally(e8.cooperation(), 3, new BigDecimal("333.00"), new BigDecimal("305.00"));
        assertTally(e8.all(), 6, new BigDecimal("1403.00"), new BigDecimal("555.00"));
    }

    @Test
    void e8_largeContracts_areC1C2C4() {
        assertThat(e8.large().atLeast1Million()).isEqualTo(3);
        assertThat(e8.large().atLeast10Million()).isZero();
        assertThat(e8.large().atLeast100Million()).isZero();
        assertThat(e8.large().list()).extracting(ProjectRow::contractNo).containsExactly("C1", "C2", "C4");
    }

    @Test
    void e8_traceListsTheRecordsBehindEachFigure() {
        assertThat(e8.traceOf("modes.LICENSE.received")).extracting(t -> t.amount().toPlainString())
                .containsExactlyInAnyOrder("400000.00", "600000.00");
        assertThat(e8.traceOf("modes.LICENSE.received")).allMatch(t -> t.record().type() == RecordType.DEAL);
        assertThat(e8.traceOf("totals.all.contracts")).hasSize(6);
        BigDecimal traced = e8.traceOf("totals.all.received").stream().map(TraceLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(traced).isEqualByComparingTo(e8.all().received());
    }

    @Test
    void e8_projectList_holdsCountedContractsAndThoseWithMoneyInTheYear() {
        // C1, C2, C4, C5, C6, C7 signed in 2024; C3 and C8 listed for their 2024 receipts.
        assertThat(e8.projects()).extracting(ProjectRow::contractNo)
                .containsExactly("C1", "C3", "C2", "C4", "C8", "C5", "C7", "C6");
        ProjectRow c8 = e8.projects().stream().filter(p -> p.contractNo().equals("C8")).findFirst().orElseThrow();
        assertThat(c8.countedInYear()).isFalse();
        assertThat(c8.receivedInYear()).isEqualByComparingTo("1000000.00");
        assertThat(c8.receivedToDate()).isEqualByComparingTo("5000000.00");
        ProjectRow c2 = e8.projects().stream().filter(p -> p.contractNo().equals("C2")).findFirst().orElseThrow();
        assertThat(c2.receivedToDate()).isEqualByComparingTo("400000.00");
    }

    @Test
    void e8_otherYearsCountWhatFallsInThem() {
        AnnualReport y2025 = AnnualReports.build(E8Fixture.data(), 2025, ReportConventions.DEFAULT);
        assertThat(y2025.all().contracts()).isZero();
        // C2 20.00 + C5 120.00 + C7 8.00 万元
        assertThat(y2025.all().received()).isEqualByComparingTo("1480000.00");
    }

    @Test
    void e8_firstHalfOf2024_countsOnlyWhatIsDatedUpToTheCutoff() {
        AnnualReport half = AnnualReports.buildUpTo(E8Fixture.data(), 2024, java.time.LocalDate.of(2024, 6, 30),
                ReportConventions.DEFAULT);
        // C1, C5, C2 signed by June; received C1 150 + C3 60 + C5 90 + C2 40 + C8 100 万元.
        assertTally(half.all(), 3, new BigDecimal("570.00"), new BigDecimal("440.00"));
    }

    @Test
    void e8_checks_flagUnregisteredContractsAndConversionsWithoutResults() {
        assertThat(e8.checks()).filteredOn(c -> c.kind() == CheckKind.NOT_REGISTERED).hasSize(5);
        assertThat(e8.checks()).filteredOn(c -> c.kind() == CheckKind.NO_RESULT)
                .extracting(c -> c.record().label()).containsExactly("C1 合同C1", "C2 合同C2", "C4 合同C4");
    }

    static void assertTally(Tally t, int contracts, BigDecimal amountWan, BigDecimal receivedWan) {
        assertThat(t.contracts()).isEqualTo(contracts);
        assertThat(t.contractAmount()).isEqualByComparingTo(amountWan.multiply(BigDecimal.valueOf(10000)));
        assertThat(t.received()).isEqualByComparingTo(receivedWan.multiply(BigDecimal.valueOf(10000)));
        assertThat(t.contractAmount().scale()).isEqualTo(2);
    }
}
