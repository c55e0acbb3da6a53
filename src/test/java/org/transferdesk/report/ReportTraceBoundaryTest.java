package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.reward.DistributionKind;

/**
 * R-REPORT-TRACE and the parts that E8 leaves empty (pilots, people, companies, licence kinds, rewards by
 * kind), each with records dated on the year's first or last day and the day outside it.
 */
class ReportTraceBoundaryTest {
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private static ReportContract contract(long id, DealMode mode, LicenseKind kind, DealStatus status, String signedOn,
                                           String amount, Long companyId, CompanyOrigin origin, List<Long> results,
                                           BigDecimal receivedBefore) {
        return new ReportContract(id, "K" + id, "合同" + id, mode, kind, status,
                signedOn == null ? null : LocalDate.parse(signedOn), null, id % 2 == 0 ? "DJ-" + id : null,
                new BigDecimal(amount), "对方" + id, null, null, false, mode == DealMode.EQUITY ? new BigDecimal("0.2") : null,
                companyId, companyId == null ? null : "公司" + companyId, origin, results, receivedBefore);
    }

    private static ReportRewardLine line(long id, long contract, DistributionKind kind, String amount, String paidOn,
                                         boolean key, LeaderRole leader, boolean waived, String tax) {
        return new ReportRewardLine(id, 100 + id, contract, "K" + contract, kind, DealMode.LICENSE, id, "人" + id,
                new BigDecimal(amount), LocalDate.parse(paidOn), LocalDate.parse(paidOn), key, leader, waived, true,
                true, LocalDate.parse("2024-01-01"), tax == null ? null : new BigDecimal(tax));
    }

    private static ReportData data() {
        List<ReportContract> contracts = List.of(
                contract(1, DealMode.LICENSE, LicenseKind.EXCLUSIVE, DealStatus.SIGNED, "2024-01-01", "100.01", null, null,
                        List.of(11L), null),
                contract(2, DealMode.LICENSE, null, DealStatus.COMPLETED, "2024-12-31", "200.02", null, null,
                        List.of(12L), new BigDecimal("5.00")),
                contract(3, DealMode.EQUITY, null, DealStatus.SIGNED, "2024-06-01", "300.03", 7L, CompanyOrigin.CREATED,
                        List.of(11L), NONE),
                contract(4, DealMode.EQUITY, null, DealStatus.SIGNED, "2024-07-01", "400.04", 7L, CompanyOrigin.CREATED,
                        List.of(), NONE),
                contract(5, DealMode.EQUITY, null, DealStatus.SIGNED, "2024-08-01", "500.05", 8L, CompanyOrigin.JOINED,
                        List.of(), NONE),
                contract(6, DealMode.EQUITY, null, DealStatus.SIGNED, "2024-09-01", "600.06", null, null, List.of(), NONE),
                contract(7, DealMode.SERVICE, null, DealStatus.DRAFT, null, "700.07", null, null, List.of(), NONE),
                contract(8, DealMode.SELF, null, DealStatus.SIGNED, "2024-03-01", "800.08", null, null, List.of(), NONE),
                contract(9, DealMode.TRANSFER, null, DealStatus.SIGNED, "2025-01-01", "900.09", null, null,
                        List.of(13L), NONE));
        List<ReportReceipt> receipts = List.of(
                new ReportReceipt(1, 1, LocalDate.parse("2024-02-29"), new BigDecimal("10.01")),
                new ReportReceipt(2, 1, LocalDate.parse("2024-12-31"), new BigDecimal("-0.01")),
                new ReportReceipt(3, 2, LocalDate.parse("2024-12-31"), new BigDecimal("20.02")),
                new ReportReceipt(4, 3, LocalDate.parse("2024-12-31"), new BigDecimal("30.03")),
                new ReportReceipt(5, 7, LocalDate.parse("2024-12-31"), new BigDecimal("70.07")),
                new ReportReceipt(6, 8, LocalDate.parse("2024-12-31"), new BigDecimal("80.08")),
                new ReportReceipt(7, 99, LocalDate.parse("2024-12-31"), new BigDecimal("99.99")),
                new ReportReceipt(8, 9, LocalDate.parse("2024-12-31"), new BigDecimal("9.09")));
        List<ReportRewardLine> lines = List.of(
                line(1, 1, DistributionKind.CASH, "0.01", "2024-12-31", true, LeaderRole.HEAD, false, "0.00"),
                line(2, 1, DistributionKind.CASH, "0.02", "2024-01-01", false, LeaderRole.NONE, false, null),
                line(3, 3, DistributionKind.EQUITY, "0.03", "2024-12-31", true, null, false, null),
                line(4, 3, DistributionKind.EQUITY, "0.04", "2024-12-31", false, LeaderRole.HEAD, true, null),
                line(5, 1, DistributionKind.CASH, "0.05", "2025-01-01", true, LeaderRole.NONE, false, "0.01"),
                line(6, 1, DistributionKind.CASH, "0.00", "2024-06-01", true, LeaderRole.NONE, false, null),
                line(7, 9, DistributionKind.CASH, "0.07", "2024-06-01", true, LeaderRole.NONE, false, null),
                line(8, 1, DistributionKind.OWNERSHIP_INCOME, "0.08", "2024-06-01", true, LeaderRole.NONE, false, null));
        List<ReportResult> results = List.of(
                new ReportResult(11, "R11", "甲成果", LocalDate.parse("2024-01-01"), "材料学院", ResultType.INVENTION_PATENT,
                        FundingSource.FISCAL, false, List.of("ZL1")),
                new ReportResult(12, "R12", "乙成果", LocalDate.parse("2024-12-31"), " ", null, null, false, List.of()),
                new ReportResult(13, "R13", "保密", LocalDate.parse("2024-06-01"), "x", ResultType.TRADE_SECRET, null, true,
                        List.of()),
                new ReportResult(14, "R14", "明年", LocalDate.parse("2025-01-01"), "x", ResultType.SOFTWARE, null, false,
                        List.of()));
        List<ReportIp> ips = List.of(
                new ReportIp(1, 11, IpType.INVENTION_PATENT, "ZL1", LocalDate.parse("2024-12-31"), LocalDate.parse("2025-01-01")),
                new ReportIp(2, 12, IpType.UTILITY_MODEL, " ", LocalDate.parse("2023-12-31"), LocalDate.parse("2024-01-01")),
                new ReportIp(3, 13, IpType.INVENTION_PATENT, "ZL3", LocalDate.parse("2024-06-01"), null),
                new ReportIp(4, 99, IpType.INVENTION_PATENT, "ZL4", LocalDate.parse("2024-06-01"), null));
        List<ReportPilot> pilots = List.of(
                // Ownership takes effect on CNIPA registration (31 December), long-term use on the agreement.
                new ReportPilot(1, "FQ-1", 11, "甲成果", PilotModel.OWNERSHIP, PilotStep.CONVERTED,
                        LocalDate.parse("2023-12-31"), LocalDate.parse("2024-02-29"), LocalDate.parse("2024-12-31")),
                new ReportPilot(2, "FQ-2", 12, "乙成果", PilotModel.LONG_TERM_USE, PilotStep.AGREEMENT,
                        LocalDate.parse("2024-12-31"), null, LocalDate.parse("2025-01-01")),
                new ReportPilot(3, "FQ-3", 12, "乙成果", PilotModel.OWNERSHIP, PilotStep.AGREEMENT,
                        LocalDate.parse("2024-01-01"), null, null));
        List<ReportEpisode> episodes = List.of(
                new ReportEpisode(1, 1, "甲", EpisodeKind.SIDE_JOB, "A", LocalDate.parse("2023-01-01"), LocalDate.parse("2024-01-01")),
                new ReportEpisode(2, 1, "甲", EpisodeKind.SIDE_JOB, "B", LocalDate.parse("2024-12-31"), LocalDate.parse("2025-06-01")),
                new ReportEpisode(3, 2, "乙", EpisodeKind.SIDE_JOB, "C", LocalDate.parse("2022-01-01"), LocalDate.parse("2023-12-31")),
                new ReportEpisode(4, 3, "丙", EpisodeKind.LEAVE_TO_FOUND, "D", LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01")),
                new ReportEpisode(5, 4, "丁", EpisodeKind.LEAVE_TO_FOUND, "E", LocalDate.parse("2020-01-01"), LocalDate.parse("2024-12-31")));
        return new ReportData(LocalDate.parse("2024-01-01"), contracts, receipts, lines, results, ips, pilots, episodes,
                true);
    }

    private final AnnualReport r = AnnualReports.build(data(), 2024, ReportConventions.DEFAULT);

    @Test
    void contractsAndReceipts_onTheYearsEdges_areCountedAndTraced() {
        // K1 (1 Jan) and K2 (31 Dec) licences, K3–K6 equity; K7 unsigned, K8 SELF and K9 (next year) not counted.
        assertThat(r.all().contracts()).isEqualTo(6);
        assertThat(r.mode(DealMode.LICENSE).contractAmount()).isEqualByComparingTo("300.03");
        assertThat(r.mode(DealMode.LICENSE).received()).isEqualByComparingTo("30.02");
        assertThat(r.mode(DealMode.EQUITY).received()).isEqualByComparingTo("0.00");
        assertThat(r.mode(DealMode.SERVICE).received()).isEqualByComparingTo("70.07");
        assertThat(r.mode(DealMode.SERVICE).contracts()).isZero();
        assertThat(r.modes()).doesNotContainKey(DealMode.SELF);
        assertThat(r.licenceKinds()).containsOnlyKeys("EXCLUSIVE", AnnualReport.UNSPECIFIED);
        assertThat(r.licenceKinds().get("EXCLUSIVE").received()).isEqualByComparingTo("10.00");
        assertThat(r.licenceKinds().get(AnnualReport.UNSPECIFIED).contractAmount()).isEqualByComparingTo("200.02");
        assertThat(r.traceOf("licenceKinds.EXCLUSIVE.received")).hasSize(2);
        assertThat(r.traceOf("licenceKinds.UNSPECIFIED.contracts")).hasSize(1);
        assertThat(r.traceOf("totals.transferLicenseEquity.received")).hasSize(3);
        assertThat(r.traceOf("totals.developmentConsultingService.received")).extracting(t -> t.amount().toPlainString())
                .containsExactly("70.07");
        assertThat(r.traceOf("totals.developmentConsultingService.contracts")).isEmpty();
        assertThat(r.traceOf("modes.LICENSE.contracts")).extracting(TraceLine::date)
                .containsExactly(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        ProjectRow k2 = r.projects().stream().filter(p -> p.contractNo().equals("K2")).findFirst().orElseThrow();
        assertThat(k2.receivedToDate()).isEqualByComparingTo("25.02");
        ProjectRow k1 = r.projects().stream().filter(p -> p.contractNo().equals("K1")).findFirst().orElseThrow();
        assertThat(k1.receivedToDate()).isEqualByComparingTo("10.00");
        assertThat(k1.resultTypes()).isEqualTo("INVENTION_PATENT");
        assertThat(k1.fundings()).isEqualTo("FISCAL");
        assertThat(k1.resultTitles()).isEqualTo("甲成果");
        assertThat(k1.rewardCash()).isEqualByComparingTo("0.03");
        assertThat(k2.resultTypes()).isEmpty();
        assertThat(k2.fundings()).isEmpty();
        assertThat(k2.piloted()).isTrue();
        ProjectRow k4 = r.projects().stream().filter(p -> p.contractNo().equals("K4")).findFirst().orElseThrow();
        assertThat(k4.resultTitles()).isEqualTo("合同4");
        assertThat(k4.piloted()).isFalse();
        assertThat(k4.equityShare()).isEqualByComparingTo("0.2");
        assertThat(k1.equityShare()).isNull();
    }

    @Test
    void companies_eachOnce_createdOrJoined_andValueOfAllEquityContracts() {
        assertThat(r.companies().created()).isEqualTo(1);
        assertThat(r.companies().joined()).isEqualTo(1);
        assertThat(r.companies().equityValue()).isEqualByComparingTo("1800.18");
        assertThat(r.traceOf("companies.equityValue")).hasSize(4);
        assertThat(r.traceOf("companies.created")).extracting(t -> t.record().id()).containsExactly(3L);
        assertThat(r.traceOf("companies.joined")).extracting(t -> t.record().id()).containsExactly(5L);
    }

    @Test
    void rewards_byKind_onTheYearsEdges_withTheirTraces() {
        // Lines 1 (31 Dec), 2 (1 Jan) cash; 3 equity; 4 waived; 5 next year; 6 zero; 7 on classified K9; 8 owners' income.
        assertThat(r.rewards().cash()).isEqualByComparingTo("0.03");
        assertThat(r.rewards().equity()).isEqualByComparingTo("0.03");
        assertThat(r.rewards().personTimes()).isEqualTo(3);
        assertThat(r.rewards().keyContributors()).isEqualByComparingTo("0.04");
        assertThat(r.rewards().leaders()).isEqualByComparingTo("0.01");
        assertThat(r.rewards().taxWithheld()).isEqualByComparingTo("0.00");
        assertThat(r.rewards().taxRecordedLines()).isEqualTo(1);
        assertThat(r.traceOf("rewards.personTimes")).hasSize(3);
        assertThat(r.traceOf("rewards.cash")).hasSize(2);
        assertThat(r.traceOf("rewards.equity")).hasSize(1);
        assertThat(r.traceOf("rewards.keyContributors")).hasSize(2);
        assertThat(r.traceOf("rewards.leaders")).extracting(t -> t.record().id()).containsExactly(101L);
        assertThat(r.traceOf("rewards.taxWithheld")).hasSize(1);
        assertThat(r.traceOf("rewards.taxExempt58")).hasSize(2);
        assertThat(r.rewards().taxExempt58()).isEqualByComparingTo("0.02");
    }

    @Test
    void results_ipAndPilots_onTheYearsEdges() {
        assertThat(r.results().disclosed()).isEqualTo(2);
        assertThat(r.results().byDepartment()).containsEntry("材料学院", 1).containsEntry(AnnualReport.UNSPECIFIED, 1);
        assertThat(r.results().byFunding()).containsEntry("FISCAL", 1).containsEntry(AnnualReport.UNSPECIFIED, 1);
        assertThat(r.results().ipFiled()).containsExactlyEntriesOf(java.util.Map.of("INVENTION_PATENT", 1));
        assertThat(r.results().ipGranted()).containsExactlyEntriesOf(java.util.Map.of("UTILITY_MODEL", 1));
        assertThat(r.traceOf("ip.filed.INVENTION_PATENT")).extracting(t -> t.record().label())
                .containsExactly("ZL1 R11 甲成果");
        assertThat(r.traceOf("ip.granted.UTILITY_MODEL")).extracting(t -> t.record().label())
                .containsExactly("R12 乙成果");
        assertThat(r.pilots().granted()).isEqualTo(2);
        assertThat(r.pilots().ownership()).isEqualTo(1);
        assertThat(r.pilots().longTermUse()).isEqualTo(1);
        assertThat(r.pilots().converted()).isEqualTo(1);
        assertThat(r.traceOf("pilots.ownership")).extracting(t -> t.date()).containsExactly(LocalDate.parse("2024-02-29"));
        assertThat(r.traceOf("pilots.longTermUse")).extracting(t -> t.date()).containsExactly(LocalDate.parse("2024-12-31"));
        assertThat(r.traceOf("pilots.granted")).hasSize(2);
        assertThat(r.traceOf("pilots.converted")).extracting(t -> t.date()).containsExactly(LocalDate.parse("2024-12-31"));
        // Income after the grant: K1's 29 Feb receipt is on the registration day (granted on or before it), its
        // 31 Dec refund subtracts; K2's 31 Dec receipt comes on the long-term-use agreement day; K3 is equity.
        assertThat(r.pilots().income()).isEqualByComparingTo("30.02");
        assertThat(r.traceOf("pilots.income")).hasSize(3);
        AnnualReport byAgreement = AnnualReports.build(data(), 2024, ReportConventions.from(key ->
                key.equals(ReportConventions.PILOT_YEAR) ? Optional.of("AGREEMENT") : Optional.empty()));
        // By agreement date FQ-1 (2023-12-31) is last year's; FQ-3 (ownership, 1 Jan) counts.
        assertThat(byAgreement.pilots().ownership()).isEqualTo(1);
        assertThat(byAgreement.traceOf("pilots.ownership")).extracting(t -> t.record().id()).containsExactly(3L);
    }

    @Test
    void people_activeInTheYearOnce_andStartedOnItsLastDay() {
        assertThat(r.people().sideJobs()).isEqualTo(1);
        assertThat(r.people().sideJobsStarted()).isEqualTo(1);
        assertThat(r.people().leaveToFound()).isEqualTo(1);
        assertThat(r.people().leaveToFoundStarted()).isZero();
        assertThat(r.traceOf("people.sideJobs")).hasSize(1);
        assertThat(r.traceOf("people.sideJobsStarted")).extracting(t -> t.date()).containsExactly(LocalDate.parse("2024-12-31"));
        assertThat(r.traceOf("people.leaveToFound")).extracting(t -> t.record().id()).containsExactly(4L);
    }

    @Test
    void checks_nameUnsignedReceiptsUnregisteredAndUntypedResults() {
        assertThat(r.checks()).filteredOn(c -> c.kind() == CheckKind.RECEIPT_UNSIGNED)
                .singleElement().satisfies(c -> {
                    assertThat(c.record().id()).isEqualTo(7L);
                    assertThat(c.amount()).isEqualByComparingTo("70.07");
                });
        assertThat(r.checks()).filteredOn(c -> c.kind() == CheckKind.NOT_REGISTERED)
                .extracting(c -> c.record().id()).containsExactly(1L);
        assertThat(r.checks()).filteredOn(c -> c.kind() == CheckKind.RESULT_NO_TYPE)
                .extracting(c -> c.record().id()).containsExactly(12L);
        assertThat(r.checks()).filteredOn(c -> c.kind() == CheckKind.NO_RESULT)
                .extracting(c -> c.record().id()).containsExactly(4L, 5L, 6L);
    }

    @Test
    void refundsIgnored_andEquityReceiptsCounted_byTheOfficesConventions() {
        ReportConventions other = ReportConventions.from(key -> switch (key) {
            case ReportConventions.REFUNDS -> Optional.of("IGNORE");
            case ReportConventions.EQUITY_RECEIVED -> Optional.of("RECEIPTS");
            default -> Optional.empty();
        });
        AnnualReport o = AnnualReports.build(data(), 2024, other);
        assertThat(o.mode(DealMode.LICENSE).received()).isEqualByComparingTo("30.03");
        assertThat(o.mode(DealMode.EQUITY).received()).isEqualByComparingTo("30.03");
        // The refund stays out; K3's equity receipt now counts, and its result was granted before it.
        assertThat(o.pilots().income()).isEqualByComparingTo("60.06");
    }
}
