package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Money;
import org.transferdesk.deal.DealMode;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;

/**
 * Boundary cases of the annual report (issue 16): the first and last day of the year, exactly-at-threshold
 * contract amounts, odd-fen sums and the 58号 window ending on the report year's last day. E8 uses round
 * amounts and mid-year dates only.
 */
class ReportBoundaryTest {

    private static ReportData data(List<ReportContract> contracts, List<ReportReceipt> receipts,
                                   List<ReportRewardLine> lines) {
        return new ReportData(LocalDate.MIN, contracts, receipts, lines, List.of(), List.of(), List.of(), List.of(),
                true);
    }

    private static ReportReceipt receipt(long id, long contract, String on, String amount) {
        return new ReportReceipt(id, contract, LocalDate.parse(on), new BigDecimal(amount));
    }

    private static AnnualReport report(ReportData data, int year) {
        return AnnualReports.build(data, year, ReportConventions.DEFAULT);
    }

    /**
     * R-REPORT-LARGE: "≥100万" includes exactly 1,000,000.00, and the list must hold what the count counts.
     * Development, consulting and service contracts are never large contracts.
     */
    @ParameterizedTest(name = "{0} {1} → {2}/{3}/{4}, listed {5}")
    @CsvSource(textBlock = """
            TRANSFER,    1000000.00,   1, 0, 0, true
            LICENSE,     1000000.00,   1, 0, 0, true
            EQUITY,      1000000.00,   1, 0, 0, true
            TRANSFER,    999999.99,    0, 0, 0, false
            LICENSE,     10000000.00,  1, 1, 0, true
            EQUITY,      9999999.99,   1, 0, 0, true
            TRANSFER,    100000000.00, 1, 1, 1, true
            LICENSE,     99999999.99,  1, 1, 0, true
            DEVELOPMENT, 1000000.00,   0, 0, 0, false
            CONSULTING,  100000000.00, 0, 0, 0, false
            SERVICE,     10000000.00,  0, 0, 0, false
            """)
    void largeContract_atExactlyTheThreshold_isCountedAndListed(DealMode mode, BigDecimal amount, int atLeast1M,
                                                               int atLeast10M, int atLeast100M, boolean listed) {
        ReportContract c = E8Fixture.contract(1, "L1", mode, "2024-12-31", amount.toPlainString());
        AnnualReport r = report(data(List.of(c), List.of(), List.of()), 2024);
        assertThat(r.large().atLeast1Million()).isEqualTo(atLeast1M);
        assertThat(r.large().atLeast10Million()).isEqualTo(atLeast10M);
        assertThat(r.large().atLeast100Million()).isEqualTo(atLeast100M);
        assertThat(r.large().list()).extracting(ProjectRow::contractNo)
                .isEqualTo(listed ? List.of("L1") : List.of());
        assertThat(r.traceOf("largeContracts.atLeast1Million")).hasSize(atLeast1M);
        assertThat(r.traceOf("largeContracts.atLeast100Million")).hasSize(atLeast100M);
    }

    @Test
    void largeContracts_followTheOfficesThresholds_includingTheEdge() {
        ReportConventions custom = ReportConventions.from(key -> key.equals(ReportConventions.LARGE)
                ? Optional.of("500000.00;5000000.00;50000000.00") : Optional.empty());
        List<ReportContract> contracts = List.of(
                E8Fixture.contract(1, "A", DealMode.TRANSFER, "2024-01-01", "500000.00"),
                E8Fixture.contract(2, "B", DealMode.LICENSE, "2024-06-01", "499999.99"),
                E8Fixture.contract(3, "C", DealMode.EQUITY, "2024-06-02", "5000000.00"));
        AnnualReport r = AnnualReports.build(data(contracts, List.of(), List.of()), 2024, custom);
        assertThat(r.large().atLeast1Million()).isEqualTo(2);
        assertThat(r.large().atLeast10Million()).isEqualTo(1);
        assertThat(r.large().list()).extracting(ProjectRow::contractNo).containsExactly("A", "C");
    }

    /** R-REPORT-COUNT: money received on 31 December is that year's; on 1 January the next year's. */
    @ParameterizedTest(name = "received {0} → in {1}")
    @CsvSource(textBlock = """
            2024-12-31, 2024
            2024-01-01, 2024
            2025-01-01, 2025
            2023-12-31, 2023
            2024-02-29, 2024
            """)
    void receiptOn31December_countsInItsYear(LocalDate receivedOn, int year) {
        ReportContract c = E8Fixture.contract(1, "R1", DealMode.LICENSE, "2023-06-30", "500000.00");
        ReportData d = data(List.of(c), List.of(new ReportReceipt(1, 1, receivedOn, new BigDecimal("123456.78"))),
                List.of());
        for (int y = 2023; y <= 2025; y++) {
            AnnualReport r = report(d, y);
            BigDecimal expected = y == year ? new BigDecimal("123456.78") : BigDecimal.ZERO;
            assertThat(r.mode(DealMode.LICENSE).received()).as("received in %s", y).isEqualByComparingTo(expected);
            assertThat(r.all().received()).as("all received in %s", y).isEqualByComparingTo(expected);
            assertThat(r.projects()).as("listed in %s", y).extracting(ProjectRow::contractNo)
                    .isEqualTo(y == year || y == 2023 ? List.of("R1") : List.of());
            // The cumulative column counts everything up to the year's last day, 31 December included.
            BigDecimal toDate = receivedOn.getYear() <= y ? new BigDecimal("123456.78") : BigDecimal.ZERO;
            r.projects().forEach(p -> assertThat(p.receivedToDate()).isEqualByComparingTo(toDate));
        }
    }

    @Test
    void receiptsOnTheYearsEdges_addUpToTheFenAndRefundsOn31DecemberSubtract() {
        ReportContract c = E8Fixture.contract(1, "R1", DealMode.TRANSFER, "2024-01-01", "100000.03");
        List<ReportReceipt> receipts = List.of(receipt(1, 1, "2024-01-01", "33333.33"),
                receipt(2, 1, "2024-12-31", "33333.34"), receipt(3, 1, "2024-12-31", "-0.01"),
                receipt(4, 1, "2025-01-01", "33333.36"), receipt(5, 1, "2023-12-31", "0.01"));
        AnnualReport r = report(data(List.of(c), receipts, List.of()), 2024);
        assertThat(r.mode(DealMode.TRANSFER).received()).isEqualByComparingTo("66666.66");
        assertThat(r.traceOf("totals.all.received")).hasSize(3);
        ProjectRow row = r.projects().get(0);
        assertThat(row.receivedInYear()).isEqualByComparingTo("66666.66");
        assertThat(row.receivedToDate()).isEqualByComparingTo("66666.67");
        assertThat(Money.toWan(r.all().received())).isEqualByComparingTo("6.67");
    }

    /** R-REPORT-COUNT: a contract signed on 31 December counts (项数, 合同金额) in that year, not the next. */
    @ParameterizedTest(name = "signed {0} → counted in {1}")
    @CsvSource(textBlock = """
            2024-12-31, 2024
            2025-01-01, 2025
            2024-01-01, 2024
            2024-02-29, 2024
            """)
    void contractSignedOnTheYearsEdge_countsInItsYear(String signedOn, int year) {
        ReportContract c = E8Fixture.contract(1, "S1", DealMode.EQUITY, signedOn, "1000000.00");
        for (int y = year - 1; y <= year + 1; y++) {
            AnnualReport r = report(data(List.of(c), List.of(), List.of()), y);
            assertThat(r.all().contracts()).as("%s", y).isEqualTo(y == year ? 1 : 0);
            assertThat(r.large().list()).as("%s", y).hasSize(y == year ? 1 : 0);
        }
    }

    /** R-REPORT-COUNT: sums are exact in yuan, converted to 万元 once (three 16,666.67-ish contracts = 5.00 万). */
    @Test
    void sums_areExactInYuan_andConvertedToWanOnce() {
        List<ReportContract> contracts = List.of(
                E8Fixture.contract(1, "A", DealMode.LICENSE, "2024-03-01", "16666.67"),
                E8Fixture.contract(2, "B", DealMode.LICENSE, "2024-03-02", "16666.67"),
                E8Fixture.contract(3, "C", DealMode.LICENSE, "2024-03-03", "16666.66"));
        AnnualReport r = report(data(contracts, List.of(), List.of()), 2024);
        assertThat(r.mode(DealMode.LICENSE).contractAmount()).isEqualByComparingTo("50000.00");
        assertThat(Money.toWan(r.all().contractAmount())).isEqualByComparingTo("5.00");
        assertThat(r.conversion().contracts()).isEqualTo(3);
        assertThat(r.cooperation().contracts()).isZero();
    }

    @Test
    void firstHalf_countsWhatIsDatedOnTheCutoffDay_andNotTheDayAfter() {
        ReportContract c = E8Fixture.contract(1, "H1", DealMode.TRANSFER, "2024-06-30", "1000000.00");
        ReportContract late = E8Fixture.contract(2, "H2", DealMode.TRANSFER, "2024-07-01", "1000000.00");
        List<ReportReceipt> receipts = List.of(receipt(1, 1, "2024-06-30", "0.01"), receipt(2, 1, "2024-07-01", "5.00"));
        AnnualReport half = AnnualReports.buildUpTo(data(List.of(c, late), receipts, List.of()), 2024,
                LocalDate.of(2024, 6, 30), ReportConventions.DEFAULT);
        assertThat(half.all().contracts()).isEqualTo(1);
        assertThat(half.all().received()).isEqualByComparingTo("0.01");
        assertThat(half.large().list()).extracting(ProjectRow::contractNo).containsExactly("H1");
        AnnualReport whole = AnnualReports.buildUpTo(data(List.of(c, late), receipts, List.of()), 2024,
                LocalDate.of(2025, 3, 1), ReportConventions.DEFAULT);
        assertThat(whole.all().contracts()).isEqualTo(2);
        assertThat(whole.all().received()).isEqualByComparingTo("5.01");
    }

    private static ReportRewardLine cash(long id, String amount, String paidOn, String receiptDate) {
        return new ReportRewardLine(id, 10, 1L, "T1", DistributionKind.CASH, DealMode.TRANSFER, id, "人员" + id,
                new BigDecimal(amount), LocalDate.parse(paidOn), LocalDate.parse(paidOn), true, LeaderRole.NONE, false,
                true, true, receiptDate == null ? null : LocalDate.parse(receiptDate), null);
    }

    /**
     * R-REPORT-COUNT with R-TAX58: cash paid on 31 December counts in that year; its exempt half is HALF_UP
     * to the fen; a payment on the 36-month deadline day still qualifies, one a day late does not.
     */
    @ParameterizedTest(name = "{0} paid {1}, received {2} → exempt {3} in 2024")
    @CsvSource(textBlock = """
            0.01,      2024-12-31, 2024-01-10, 0.01
            33333.33,  2024-12-31, 2021-12-31, 16666.67
            33333.33,  2024-12-31, 2021-12-30, 0.00
            100.01,    2024-02-29, 2021-02-28, 0.00
            100.01,    2024-02-28, 2021-02-28, 50.01
            100.01,    2024-01-01, 2023-12-31, 50.01
            """)
    void rewardsPaidOn31December_countWithTheirExemptHalf(String amount, String paidOn, String received,
                                                           BigDecimal exempt) {
        ReportContract c = E8Fixture.contract(1, "T1", DealMode.TRANSFER, "2021-01-01", "1000000.00");
        AnnualReport r = report(data(List.of(c), List.of(), List.of(cash(1, amount, paidOn, received))), 2024);
        assertThat(r.rewards().cash()).isEqualByComparingTo(amount);
        assertThat(r.rewards().personTimes()).isEqualTo(1);
        assertThat(r.rewards().keyContributors()).isEqualByComparingTo(amount);
        assertThat(r.rewards().taxExempt58()).isEqualByComparingTo(exempt);
        assertThat(r.traceOf("rewards.taxExempt58")).hasSize(exempt.signum() > 0 ? 1 : 0);
        AnnualReport next = report(data(List.of(c), List.of(), List.of(cash(1, amount, paidOn, received))), 2025);
        assertThat(next.rewards().cash()).isEqualByComparingTo("0.00");
        assertThat(next.rewards().taxExempt58()).isEqualByComparingTo("0.00");
    }

    @Test
    void exemptHalves_areRoundedPerLineThenSummed() {
        // Two odd-fen lines: 0.005 + 0.005 rounds to 0.01 + 0.01 per line (the 备案表 lists each person's part).
        List<ReportRewardLine> lines = new ArrayList<>(List.of(cash(1, "0.01", "2024-06-01", "2024-01-01"),
                cash(2, "0.01", "2024-06-01", "2024-01-01"), cash(3, "33333.33", "2024-06-01", null)));
        ReportContract c = E8Fixture.contract(1, "T1", DealMode.TRANSFER, "2024-01-01", "1000000.00");
        AnnualReport r = report(data(List.of(c), List.of(), lines), 2024);
        assertThat(r.rewards().cash()).isEqualByComparingTo("33333.35");
        // The line without a known receipt is not eligible (R-TAX58: no receipt known → not eligible).
        assertThat(r.rewards().taxExempt58()).isEqualByComparingTo("0.02");
        assertThat(r.projects().get(0).rewardCash()).isEqualByComparingTo("33333.35");
    }

    /** R-REPORT-LARGE thresholds: positive and strictly rising; an equal pair or a zero is refused. */
    @ParameterizedTest(name = "{0} → accepted {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.01;0.02;0.03                  | true
            1000000.00;10000000.00;100000000.00 | true
            0.00;1.00;2.00                  | false
            1.00;1.00;2.00                  | false
            1.00;2.00;2.00                  | false
            1.00;2.00                       | false
            """)
    void largeThresholds_mustBePositiveAndRise(String thresholds, boolean accepted) {
        java.util.function.Function<String, Optional<String>> values =
                key -> key.equals(ReportConventions.LARGE) ? Optional.of(thresholds) : Optional.empty();
        if (accepted) {
            assertThat(ReportConventions.from(values).texts()).containsEntry(ReportConventions.LARGE,
                    thresholds.replace(" ", ""));
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportConventions.from(values))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "{0} = {1} → refused when read")
    @CsvSource(textBlock = """
            report.count.refunds,        SUBTRACTS
            report.count.equityReceived, zero
            report.count.terminated,     ''
            """)
    void from_refusesAValueTheSettingDoesNotKnow(String key, String value) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportConventions.from(
                k -> k.equals(key) ? Optional.of(value) : Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Pilot income is money received on or after the earliest grant of a linked result: not the day before.
     * A result granted only after the year's end is not a piloted project that year.
     */
    @Test
    void pilotIncome_countsFromTheGrantDay_notTheDayBefore() {
        ReportContract granted = new ReportContract(1, "P1", "赋权许可", DealMode.LICENSE, null,
                org.transferdesk.deal.DealStatus.SIGNED, LocalDate.parse("2024-01-01"), null, "DJ", new BigDecimal("10.00"),
                null, null, null, false, null, null, null, null, List.of(11L), BigDecimal.ZERO.setScale(2));
        ReportContract later = new ReportContract(2, "P2", "明年赋权", DealMode.LICENSE, null,
                org.transferdesk.deal.DealStatus.SIGNED, LocalDate.parse("2024-01-01"), null, "DJ", new BigDecimal("10.00"),
                null, null, null, false, null, null, null, null, List.of(12L), BigDecimal.ZERO.setScale(2));
        List<ReportPilot> pilots = List.of(
                new ReportPilot(1, "FQ-1", 11, "甲", org.transferdesk.pilot.PilotModel.LONG_TERM_USE,
                        org.transferdesk.pilot.PilotStep.AGREEMENT, LocalDate.parse("2024-06-01"), null, null),
                new ReportPilot(2, "FQ-2", 11, "甲", org.transferdesk.pilot.PilotModel.OWNERSHIP,
                        org.transferdesk.pilot.PilotStep.REGISTERED, LocalDate.parse("2024-01-01"),
                        LocalDate.parse("2024-02-29"), null),
                new ReportPilot(3, "FQ-3", 12, "乙", org.transferdesk.pilot.PilotModel.LONG_TERM_USE,
                        org.transferdesk.pilot.PilotStep.AGREEMENT, LocalDate.parse("2025-01-01"), null, null));
        List<ReportReceipt> receipts = List.of(receipt(1, 1, "2024-02-28", "1.00"), receipt(2, 1, "2024-02-29", "2.00"),
                receipt(3, 1, "2024-05-31", "4.00"), receipt(4, 2, "2024-12-31", "8.00"));
        ReportData d = new ReportData(LocalDate.MIN, List.of(granted, later), receipts, List.of(), List.of(), List.of(),
                pilots, List.of(), true);
        AnnualReport r = report(d, 2024);
        // The ownership grant of 29 February is the earliest of result 11's two grants.
        assertThat(r.pilots().income()).isEqualByComparingTo("6.00");
        assertThat(r.projects()).filteredOn(ProjectRow::piloted).extracting(ProjectRow::contractNo).containsExactly("P1");
    }
}
