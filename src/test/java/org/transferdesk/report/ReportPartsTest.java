package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.DistributionKind;

/** Parts (2), (4), (5) and the pilot figures of R-REPORT-COUNT, with E5 and E3. */
class ReportPartsTest {
    private static final LocalDate GRANTED = LocalDate.of(2024, 12, 1);

    private static ReportContract e5Contract() {
        return new ReportContract(9, "C9", "作价投资", DealMode.EQUITY, null, DealStatus.SIGNED,
                LocalDate.of(2024, 10, 10), null, null, new BigDecimal("8000000.00"), "新公司", null, null, false,
                new BigDecimal("0.400000"), 77L, "新公司", CompanyOrigin.CREATED, List.of(100L), BigDecimal.ZERO.setScale(2));
    }

    private static ReportRewardLine line(long id, long contract, DistributionKind kind, DealMode mode, String amount,
                                         LocalDate paidOn, boolean key, LeaderRole leader, boolean waived,
                                         boolean publicised, BigDecimal tax) {
        return new ReportRewardLine(id, contract * 10, contract, "C" + contract, kind, mode, id, "人员" + id,
                new BigDecimal(amount), paidOn, paidOn, key, leader, waived, publicised, true,
                LocalDate.of(2024, 4, 1), tax);
    }

    private static ReportData data() {
        List<ReportContract> contracts = new ArrayList<>(E8Fixture.contracts());
        contracts.add(e5Contract());
        // C10 converts only a classified result: left out of the report (R-REPORT-WHO).
        contracts.add(new ReportContract(10, "C10", "保密", DealMode.TRANSFER, null, DealStatus.SIGNED,
                LocalDate.of(2024, 2, 2), null, "R", new BigDecimal("900000.00"), null, null, null, false, null, null,
                null, null, List.of(101L), BigDecimal.ZERO.setScale(2)));
        List<ReportRewardLine> lines = List.of(
                // E5: P (正职领导) waived; Q 16.80% = 3,360,000.00, R 11.20% = 2,240,000.00 at 作价 value.
                line(1, 9, DistributionKind.EQUITY, DealMode.EQUITY, "0.00", GRANTED, true, LeaderRole.HEAD, true, true, null),
                line(2, 9, DistributionKind.EQUITY, DealMode.EQUITY, "3360000.00", GRANTED, true, LeaderRole.NONE, false, true, null),
                line(3, 9, DistributionKind.EQUITY, DealMode.EQUITY, "2240000.00", GRANTED, false, LeaderRole.NONE, false, true, null),
                // E3: A's 520,072.00 from a registered, publicised transfer paid within 36 months: half exempt.
                line(4, 1, DistributionKind.CASH, DealMode.TRANSFER, "520072.00", LocalDate.of(2024, 6, 1), true,
                        LeaderRole.NONE, false, true, new BigDecimal("12000.00")),
                line(5, 1, DistributionKind.CASH, DealMode.TRANSFER, "100000.00", LocalDate.of(2024, 6, 1), false,
                        LeaderRole.OTHER, false, false, null),
                line(6, 1, DistributionKind.OWNERSHIP_INCOME, DealMode.TRANSFER, "50000.00", LocalDate.of(2024, 6, 1),
                        false, LeaderRole.NONE, false, true, null),
                line(7, 1, DistributionKind.CASH, DealMode.TRANSFER, "1000.00", LocalDate.of(2023, 6, 1), false,
                        LeaderRole.NONE, false, true, null));
        List<ReportResult> results = List.of(
                new ReportResult(100, "R100", "材料", LocalDate.of(2024, 1, 3), "材料学院", ResultType.INVENTION_PATENT,
                        FundingSource.FISCAL, false, List.of("ZL202410000001.1")),
                new ReportResult(101, "R101", "保密成果", LocalDate.of(2024, 1, 4), "材料学院", ResultType.TRADE_SECRET,
                        FundingSource.FISCAL, true, List.of()),
                new ReportResult(102, "R102", "软件", LocalDate.of(2024, 5, 4), null, null, null, false, List.of()),
                new ReportResult(103, "R103", "旧", LocalDate.of(2023, 5, 4), "化学院", ResultType.SOFTWARE,
                        FundingSource.COMMISSIONED, false, List.of()));
        List<ReportIp> ips = List.of(
                new ReportIp(1, 100, IpType.INVENTION_PATENT, "ZL202410000001.1", LocalDate.of(2024, 1, 10), null),
                new ReportIp(2, 103, IpType.SOFTWARE_COPYRIGHT, "2023SR1", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 1)),
                new ReportIp(3, 101, IpType.INVENTION_PATENT, "ZL3", LocalDate.of(2024, 2, 1), null));
        List<ReportPilot> pilots = List.of(
                new ReportPilot(1, "FQ-1", 100, "材料", PilotModel.OWNERSHIP, PilotStep.CONVERTED,
                        LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 10)),
                new ReportPilot(2, "FQ-2", 103, "旧", PilotModel.LONG_TERM_USE, PilotStep.AGREEMENT,
                        LocalDate.of(2024, 3, 1), null, null));
        List<ReportEpisode> episodes = List.of(
                new ReportEpisode(1, 1, "甲", EpisodeKind.SIDE_JOB, "甲公司", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 2, 1)),
                new ReportEpisode(2, 1, "甲", EpisodeKind.SIDE_JOB, "乙公司", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 1)),
                new ReportEpisode(3, 2, "乙", EpisodeKind.LEAVE_TO_FOUND, "丙公司", LocalDate.of(2024, 6, 1), LocalDate.of(2027, 6, 1)),
                new ReportEpisode(4, 3, "丙", EpisodeKind.SIDE_JOB, "丁公司", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
        return new ReportData(LocalDate.MIN, contracts, E8Fixture.receipts(), lines, results, ips, pilots, episodes, true);
    }

    private final AnnualReport report = AnnualReports.build(data(), 2024, ReportConventions.DEFAULT);

    @Test
    void e5_equityContractAndEquityRewards() {
        // E8's C4 plus E5's C9: two equity contracts of 800.00 万 each, nothing received.
        assertThat(report.mode(DealMode.EQUITY).contracts()).isEqualTo(2);
        assertThat(report.mode(DealMode.EQUITY).contractAmount()).isEqualByComparingTo("16000000.00");
        assertThat(report.mode(DealMode.EQUITY).received()).isEqualByComparingTo("0.00");
        assertThat(report.rewards().equity()).isEqualByComparingTo("5600000.00");
        assertThat(report.companies().created()).isEqualTo(1);
        assertThat(report.companies().equityValue()).isEqualByComparingTo("16000000.00");
    }

    @Test
    void rewards_countLinesPaidOrGrantedInTheYear() {
        assertThat(report.rewards().cash()).isEqualByComparingTo("620072.00");
        assertThat(report.rewards().personTimes()).isEqualTo(4);
        assertThat(report.rewards().keyContributors()).isEqualByComparingTo("3880072.00");
        assertThat(report.rewards().leaders()).isEqualByComparingTo("100000.00");
        // E3: 58号 exempts half of A's eligible 520,072.00; the unpublicised line is not eligible.
        assertThat(report.rewards().taxExempt58()).isEqualByComparingTo("260036.00");
        assertThat(report.rewards().taxWithheld()).isEqualByComparingTo("12000.00");
        assertThat(report.rewards().taxRecordedLines()).isEqualTo(1);
        assertThat(report.checks()).filteredOn(c -> c.kind() == CheckKind.REWARD_NOT_PUBLICISED).hasSize(1);
    }

    /**
     * The home screen's charts count a year's rewards from its lines alone (issue 20): the same figures as the whole
     * report, the classified contract's lines left out as the report leaves them out (R-REPORT-WHO).
     */
    @Test
    void rewardsAlone_areTheWholeReportsRewards() {
        ReportData d = data();
        RewardFigures alone = AnnualReports.rewards(d.rewardLines(), 2024, ReportConventions.DEFAULT,
                java.util.Set.of(10L), org.transferdesk.reward.NonProfitStatus.always(true));
        assertThat(alone).isEqualTo(report.rewards());
        assertThat(AnnualReports.rewards(d.rewardLines(), 2023, ReportConventions.DEFAULT, java.util.Set.of(),
                org.transferdesk.reward.NonProfitStatus.always(true)).cash()).isEqualByComparingTo("1000.00");
        // a contract left out (R-REPORT-WHO) leaves its lines out of the rewards too
        assertThat(AnnualReports.rewards(d.rewardLines(), 2024, ReportConventions.DEFAULT, java.util.Set.of(1L),
                org.transferdesk.reward.NonProfitStatus.always(true)).cash()).isEqualByComparingTo("0.00");
    }

    @Test
    void yearFigures_ofTheReport_areItsModesAndRewards() {
        YearFigures y = YearFigures.of(report);
        assertThat(y.year()).isEqualTo(2024);
        assertThat(y.cashRewards()).isEqualByComparingTo("620072.00");
        assertThat(y.equityRewards()).isEqualByComparingTo("5600000.00");
        for (DealMode m : DealMode.values()) {
            assertThat(y.mode(m)).as("%s", m).isEqualTo(report.mode(m));
        }
        assertThat(y.all()).isEqualTo(report.all());
        YearFigures none = new YearFigures(2024, java.util.Map.of(DealMode.LICENSE,
                new Tally(2, new BigDecimal("10.01"), new BigDecimal("0.02"))), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(none.mode(DealMode.TRANSFER)).isEqualTo(Tally.ZERO);
        assertThat(none.all()).isEqualTo(new Tally(2, new BigDecimal("10.01"), new BigDecimal("0.02")));
    }

    @Test
    void projectList_carriesTheRewardsOfEachContract() {
        ProjectRow c9 = report.projects().stream().filter(p -> p.contractNo().equals("C9")).findFirst().orElseThrow();
        assertThat(c9.rewardEquity()).isEqualByComparingTo("5600000.00");
        assertThat(c9.equityShare()).isEqualByComparingTo("0.4");
        assertThat(c9.resultTitles()).isEqualTo("材料");
        assertThat(c9.ipNumbers()).isEqualTo("ZL202410000001.1");
        assertThat(c9.piloted()).isTrue();
        assertThat(report.projects()).extracting(ProjectRow::contractNo).doesNotContain("C10");
    }

    @Test
    void classifiedResults_areLeftOut() {
        assertThat(report.mode(DealMode.TRANSFER).contracts()).isEqualTo(1);
        assertThat(report.results().disclosed()).isEqualTo(2);
        assertThat(report.results().byType()).containsEntry("INVENTION_PATENT", 1)
                .containsEntry(AnnualReport.UNSPECIFIED, 1).doesNotContainKey("TRADE_SECRET");
        assertThat(report.results().byDepartment()).containsEntry("材料学院", 1);
        assertThat(report.results().ipFiled()).containsExactlyEntriesOf(java.util.Map.of("INVENTION_PATENT", 1));
        assertThat(report.results().ipGranted()).containsExactlyEntriesOf(java.util.Map.of("SOFTWARE_COPYRIGHT", 1));
        assertThat(report.checks()).filteredOn(c -> c.kind() == CheckKind.RESULT_NO_TYPE)
                .extracting(c -> c.record().id()).containsExactly(102L);
    }

    @Test
    void pilots_grantedByModel_converted_andIncomeAfterTheGrant() {
        assertThat(report.pilots().granted()).isEqualTo(2);
        assertThat(report.pilots().ownership()).isEqualTo(1);
        assertThat(report.pilots().longTermUse()).isEqualTo(1);
        assertThat(report.pilots().converted()).isEqualTo(1);
        // Only C9 links a granted result and it received nothing: no pilot income.
        assertThat(report.pilots().income()).isEqualByComparingTo("0.00");
    }

    @Test
    void people_countPersonsActiveInTheYearOnce() {
        assertThat(report.people().sideJobs()).isEqualTo(1);
        assertThat(report.people().sideJobsStarted()).isEqualTo(1);
        assertThat(report.people().leaveToFound()).isEqualTo(1);
        assertThat(report.people().leaveToFoundStarted()).isEqualTo(1);
    }
}
