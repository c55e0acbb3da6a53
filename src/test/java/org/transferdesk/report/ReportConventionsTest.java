package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.DistributionKind;

/** R-REPORT-COUNT / R-REPORT-LARGE: each convention, switched by its setting, changes the figures as documented. */
class ReportConventionsTest {
    private static ReportConventions with(String key, String value) {
        Map<String, String> v = new HashMap<>(Map.of(key, value));
        return ReportConventions.from(k -> Optional.ofNullable(v.get(k)));
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        assertThat(ReportConventions.DEFAULT.texts()).isEqualTo(ReportConventions.DEFAULTS);
        assertThat(ReportConventions.DEFAULT.large1()).isEqualByComparingTo("1000000");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            report.count.contractYear, SOMETIMES
            report.count.refunds, MAYBE
            report.large.thresholds, 100;50;200
            report.large.thresholds, 100;200
            report.large.thresholds, -1;2;3
            report.large.thresholds, 1000000.005;10000000.00;100000000.00
            report.large.thresholds, 0;10000000.00;100000000.00
            report.nothing, X
            """)
    void check_rejectsBadValues(String key, String value) {
        assertThatThrownBy(() -> ReportConventions.check(key, value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholds_takeAnOddFenExactly_andStoreWhatWasTyped() {
        ReportConventions c = with(ReportConventions.LARGE, "999999.99;10,000,000.01;¥100000000");
        assertThat(c.large1()).isEqualTo(new java.math.BigDecimal("999999.99"));
        assertThat(c.large2()).isEqualTo(new java.math.BigDecimal("10000000.01"));
        assertThat(c.large3()).isEqualTo(new java.math.BigDecimal("100000000.00"));
        assertThat(ReportConventions.joinThresholds(ReportConventions.thresholdTexts(" 1;2.5 ; 3 ")))
                .isEqualTo("1;2.5;3");
    }

    @Test
    void contractYear_registered_countsByRegistrationDate() {
        List<ReportContract> contracts = new ArrayList<>(E8Fixture.contracts());
        // C3 signed 2023-11-20, registered 2024-01-05: counted in 2024 by registration, not by signing.
        ReportContract c3 = contracts.get(2);
        contracts.set(2, new ReportContract(c3.id(), c3.contractNo(), c3.title(), c3.mode(), c3.licenseKind(),
                c3.status(), c3.signedOn(), LocalDate.of(2024, 1, 5), "REG-3", c3.amount(), null, null, null, false,
                null, null, null, null, List.of(), c3.receivedBefore()));
        ReportData data = E8Fixture.data(contracts, E8Fixture.receipts());
        AnnualReport byRegistration = AnnualReports.build(data, 2024, with(ReportConventions.CONTRACT_YEAR, "REGISTERED"));
        assertThat(byRegistration.all().contracts()).isEqualTo(1);
        assertThat(byRegistration.mode(DealMode.LICENSE).contractAmount()).isEqualByComparingTo("600000.00");
        assertThat(AnnualReports.build(data, 2024, ReportConventions.DEFAULT).all().contracts()).isEqualTo(6);
    }

    /**
     * A refund of C1 subtracts by default and is left out when ignored; a receipt of the equity deal C4 counts nothing
     * by default and itself when set.
     */
    static Stream<Arguments> extraReceipts() {
        return Stream.of(
                Arguments.of(new ReportReceipt(900, 1, LocalDate.of(2024, 5, 1), new BigDecimal("-100000.00")),
                        DealMode.TRANSFER, "1400000.00", ReportConventions.REFUNDS, "IGNORE", "1500000.00"),
                Arguments.of(new ReportReceipt(901, 4, LocalDate.of(2024, 12, 1), new BigDecimal("50000.00")),
                        DealMode.EQUITY, "0.00", ReportConventions.EQUITY_RECEIVED, "RECEIPTS", "50000.00"));
    }

    @ParameterizedTest(name = "{1}: {2} by default, {5} when {3} = {4}")
    @MethodSource("extraReceipts")
    void anExtraReceipt_isReceivedAsTheConventionSays(ReportReceipt extra, DealMode mode, String byDefault, String key,
                                                       String value, String whenSet) {
        List<ReportReceipt> receipts = new ArrayList<>(E8Fixture.receipts());
        receipts.add(extra);
        ReportData data = E8Fixture.data(E8Fixture.contracts(), receipts);
        assertThat(AnnualReports.build(data, 2024, ReportConventions.DEFAULT).mode(mode).received())
                .isEqualByComparingTo(byDefault);
        assertThat(AnnualReports.build(data, 2024, with(key, value)).mode(mode).received())
                .isEqualByComparingTo(whenSet);
    }

    @Test
    void terminated_countedByDefault_leftOutWhenExcluded() {
        List<ReportContract> contracts = new ArrayList<>(E8Fixture.contracts());
        ReportContract c6 = contracts.get(5);
        contracts.set(5, new ReportContract(c6.id(), c6.contractNo(), c6.title(), c6.mode(), null,
                DealStatus.TERMINATED, c6.signedOn(), null, null, c6.amount(), null, null, null, false, null, null,
                null, null, List.of(), c6.receivedBefore()));
        ReportData data = E8Fixture.data(contracts, E8Fixture.receipts());
        assertThat(AnnualReports.build(data, 2024, ReportConventions.DEFAULT).all().contracts()).isEqualTo(6);
        assertThat(AnnualReports.build(data, 2024, with(ReportConventions.TERMINATED, "EXCLUDE")).all().contracts())
                .isEqualTo(5);
    }

    @Test
    void largeThresholds_areSettings() {
        AnnualReport r = AnnualReports.build(E8Fixture.data(), 2024,
                with(ReportConventions.LARGE, "1500000.00;8000000.00;9000000.00"));
        assertThat(r.large().atLeast1Million()).isEqualTo(2);
        assertThat(r.large().atLeast10Million()).isEqualTo(1);
        assertThat(r.large().atLeast100Million()).isZero();
    }

    @Test
    void cashRewardYear_paidByDefault_approvedWhenSet() {
        ReportRewardLine line = RewardLines.cash(1, 1, "C1", new BigDecimal("100000.00"),
                LocalDate.of(2025, 1, 10), LocalDate.of(2024, 12, 20));
        ReportData data = new ReportData(LocalDate.MIN, E8Fixture.contracts(), E8Fixture.receipts(), List.of(line),
                List.of(), List.of(), List.of(), List.of(), true);
        assertThat(AnnualReports.build(data, 2024, ReportConventions.DEFAULT).rewards().cash()).isEqualByComparingTo("0");
        assertThat(AnnualReports.build(data, 2025, ReportConventions.DEFAULT).rewards().cash())
                .isEqualByComparingTo("100000.00");
        assertThat(AnnualReports.build(data, 2024, with(ReportConventions.CASH_REWARD_YEAR, "APPROVED")).rewards().cash())
                .isEqualByComparingTo("100000.00");
    }

    @Test
    void pilotYear_effectIsTheRegistration_agreementWhenSet() {
        ReportPilot p = new ReportPilot(1, "FQ-1", 10, "成果", PilotModel.OWNERSHIP, PilotStep.REGISTERED,
                LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 1), null);
        ReportData data = new ReportData(LocalDate.MIN, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(p), List.of(), true);
        assertThat(AnnualReports.build(data, 2024, ReportConventions.DEFAULT).pilots().ownership()).isEqualTo(1);
        assertThat(AnnualReports.build(data, 2024, with(ReportConventions.PILOT_YEAR, "AGREEMENT")).pilots().granted())
                .isZero();
        assertThat(AnnualReports.build(data, 2023, with(ReportConventions.PILOT_YEAR, "AGREEMENT")).pilots().granted())
                .isEqualTo(1);
    }

    /** Builds reward lines for the tests. */
    static final class RewardLines {
        static ReportRewardLine cash(long id, long contractId, String contractNo, BigDecimal amount, LocalDate paidOn,
                                     LocalDate approvedOn) {
            return new ReportRewardLine(id, id, contractId, contractNo, DistributionKind.CASH, DealMode.TRANSFER, id,
                    "人员" + id, amount, paidOn, approvedOn, false, LeaderRole.NONE, false, true, true,
                    LocalDate.of(2024, 4, 1), null);
        }
    }
}
