package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Money;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.DistributionKind;

/**
 * R-REPORT-MORE, R-BONUS and R-45-TECH in the annual report, on records built here: E8 extended with the
 * shares, averages, fiscal-funded conversions and reward lines the yearbook asks for.
 */
class ReportMoreTest {
    private static ReportData data(List<ReportContract> contracts, List<ReportRewardLine> lines,
                                   List<ReportResult> results) {
        return new ReportData(LocalDate.MIN, contracts, E8Fixture.receipts(), lines, results, List.of(), List.of(),
                List.of(), true);
    }

    private static AnnualReport e8(List<ReportRewardLine> lines, ReportConventions conventions) {
        return AnnualReports.build(data(E8Fixture.contracts(), lines, List.of()), 2024, conventions);
    }

    private static ReportConventions tech(String value) {
        return ReportConventions.from(k -> k.equals(ReportConventions.TECH_REWARDS) ? Optional.of(value)
                : Optional.empty());
    }

    /** A line paid on {@code paidOn} of contract {@code contract} (null for a grant bonus, which has no deal). */
    private static ReportRewardLine line(long id, Long contract, DistributionKind kind, DealMode mode, String amount,
                                         String paidOn, boolean key) {
        LocalDate paid = LocalDate.parse(paidOn);
        return new ReportRewardLine(id, 100 + id, contract, contract == null ? null : "C" + contract, kind, mode, id,
                "人员" + id, new BigDecimal(amount), paid, paid, key, LeaderRole.NONE, false, true, true,
                LocalDate.of(2024, 4, 1), null);
    }

    /** E8's C1–C8: C1 150万, C2 120万 and C4 800万 are all ≥100万, so 3 of 3 contracts and all of the value. */
    @Test
    void e8_largeShares_areThreeOfThree_byNumberAndValue() {
        AnnualReport r = e8(List.of(), ReportConventions.DEFAULT);
        assertThat(r.large().atLeast1Million()).isEqualTo(3);
        assertThat(r.large().atLeast1MillionAmount()).isEqualByComparingTo("10700000.00");
        assertThat(r.large().atLeast10MillionAmount()).isEqualByComparingTo("0.00");
        assertThat(r.large().contractShare().fraction()).isEqualByComparingTo("1.000000");
        assertThat(r.large().valueShare().fraction()).isEqualByComparingTo("1.000000");
    }

    /** 均价 of E8: the three modes' 1,070.00万 over 3 contracts is 3,566,666.67 yuan (HALF_UP to the fen). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            TRANSFER, 1500000.00
            LICENSE,  1200000.00
            EQUITY,   8000000.00
            ALL,      3566666.67
            """)
    void e8_averages_perModeAndForTheThreeModes(String mode, BigDecimal average) {
        AnnualReport r = e8(List.of(), ReportConventions.DEFAULT);
        Tally t = mode.equals("ALL") ? r.conversion() : r.mode(DealMode.valueOf(mode));
        assertThat(t.average()).isEqualByComparingTo(average);
    }

    /**
     * Averages and shares come from the exact yuan sums. With 1,000,000.00 and three 4,949.00 contracts the
     * rounded 万元 figures (100.00 + 3 × 0.49 = 101.47) would give an average of 253,675.00 and a value share
     * of 0.985513; the exact sums give 253,711.75 and 0.985370. At the threshold minus a fen a contract is not
     * large (and 999,999.995 rounds HALF_UP to 1,000,000.00); without any contract there is no share and no
     * average.
     */
    @ParameterizedTest(name = "{0} → avg {1}, shares {2}/{3}")
    @CsvSource(textBlock = """
            1000000.00;4949.00;4949.00;4949.00, 253711.75,  0.250000, 0.985370
            1000000.00,                         1000000.00, 1.000000, 1.000000
            999999.99;1000000.00,               1000000.00, 0.500000, 0.500000
            999999.99,                          999999.99,  0.000000, 0.000000
            33333.33;33333.33;33333.34,         33333.33,   0.000000, 0.000000
            ,                                   ,           ,
            """)
    void averagesAndShares_fromExactYuan_notFromRounded10kYuan(String amounts, BigDecimal average,
                                                            BigDecimal contractShare, BigDecimal valueShare) {
        List<ReportContract> contracts = new ArrayList<>();
        if (amounts != null) {
            int n = 0;
            for (String a : amounts.split(";")) {
                n++;
                contracts.add(E8Fixture.contract(n, "A" + n, n % 2 == 0 ? DealMode.LICENSE : DealMode.TRANSFER,
                        "2024-0" + n + "-01", a));
            }
        }
        AnnualReport r = AnnualReports.build(data(contracts, List.of(), List.of()), 2024, ReportConventions.DEFAULT);
        if (average == null) {
            assertThat(r.conversion().average()).isNull();
            assertThat(r.large().contractShare()).isNull();
            assertThat(r.large().valueShare()).isNull();
            return;
        }
        assertThat(r.conversion().average()).isEqualByComparingTo(average);
        assertThat(r.large().contractShare().fraction()).isEqualByComparingTo(contractShare);
        assertThat(r.large().valueShare().fraction()).isEqualByComparingTo(valueShare);
        // the same figures from the rounded 万元 amounts would differ in the first case
        if (contracts.size() == 4) {
            BigDecimal wan = contracts.stream().map(c -> Money.toWan(c.amount())).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            assertThat(wan.multiply(BigDecimal.valueOf(10000)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP))
                    .isNotEqualByComparingTo(average);
        }
    }

    /**
     * Fiscal-funded projects whose results were converted: transfer/licence/equity contracts counted in the year
     * whose linked results include one funded by 财政资金. Development contracts, other years, other funding
     * and classified results do not count.
     */
    @ParameterizedTest(name = "{0} signed {1} on {2} → {3}")
    @CsvSource(textBlock = """
            LICENSE,     2024-06-01, FISCAL,              true
            TRANSFER,    2024-01-01, FISCAL;COMMISSIONED, true
            EQUITY,      2024-12-31, FISCAL,              true
            LICENSE,     2023-12-31, FISCAL,              false
            LICENSE,     2025-01-01, FISCAL,              false
            DEVELOPMENT, 2024-06-01, FISCAL,              false
            LICENSE,     2024-06-01, COMMISSIONED,        false
            LICENSE,     2024-06-01, SECRET,              false
            LICENSE,     2024-06-01, SECRET;FISCAL,       true
            LICENSE,     2024-06-01, ,                    false
            """)
    void fiscalFunded_countsTheYearsConversionsOfFiscalResults(DealMode mode, String signedOn, String fundings,
                                                             boolean counted) {
        List<ReportResult> results = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (String f : fundings == null ? new String[0] : fundings.split(";")) {
            long id = 500 + results.size();
            // SECRET: a classified fiscal-funded result, left out of the report (R-REPORT-WHO)
            boolean secret = f.equals("SECRET");
            results.add(new ReportResult(id, "R" + id, "成果" + id, LocalDate.of(2020, 1, 1), null, null,
                    secret ? FundingSource.FISCAL : FundingSource.valueOf(f), secret, List.of()));
            ids.add(id);
        }
        ReportContract c = E8Fixture.contract(1, "F1", mode, signedOn, "2000000.00");
        c = new ReportContract(c.id(), c.contractNo(), c.title(), c.mode(), c.licenseKind(), DealStatus.PERFORMING,
                c.signedOn(), null, null, c.amount(), null, null, null, false, null, null, null, null, ids,
                c.receivedBefore());
        AnnualReport r = AnnualReports.build(data(List.of(c), List.of(), results), 2024, ReportConventions.DEFAULT);
        assertThat(r.fiscalFunded().contracts()).isEqualTo(counted ? 1 : 0);
        assertThat(r.fiscalFunded().contractAmount()).isEqualByComparingTo(counted ? "2000000.00" : "0.00");
        assertThat(r.traceOf("fiscalFunded.contracts")).hasSize(counted ? 1 : 0);
        assertThat(r.traceOf("fiscalFunded.contractAmount")).extracting(TraceLine::amount)
                .isEqualTo(counted ? List.of(new BigDecimal("2000000.00")) : List.of());
    }

    /**
     * R-BONUS: a patent grant bonus is no conversion reward. Beside E8's cash reward on C1 and equity on C4, a
     * 4,000.00 invention bonus and a 1,500.00 utility-model bonus are paid in the year: they are in no reward
     * figure (cash, 人次, key contributors, the total) and show only on their informative line, which traces
     * to them; a bonus paid the year after is not on it.
     */
    @Test
    void patentGrantBonus_isLeftOutOfTheRewardFigures_andOnlyShownApart() {
        List<ReportRewardLine> lines = List.of(
                line(1, 1L, DistributionKind.CASH, DealMode.TRANSFER, "520072.00", "2024-06-01", true),
                line(2, 4L, DistributionKind.EQUITY, DealMode.EQUITY, "5600000.00", "2024-10-01", false),
                line(3, null, DistributionKind.PATENT_BONUS, null, "4000.00", "2024-03-01", true),
                line(4, null, DistributionKind.PATENT_BONUS, null, "1500.00", "2024-12-31", true),
                line(5, null, DistributionKind.PATENT_BONUS, null, "4000.00", "2025-01-01", true));
        RewardFigures w = e8(lines, ReportConventions.DEFAULT).rewards();
        assertThat(w.cash()).isEqualByComparingTo("520072.00");
        assertThat(w.personTimes()).isEqualTo(2);
        assertThat(w.keyContributors()).isEqualByComparingTo("520072.00");
        assertThat(w.cashAndEquity()).isEqualByComparingTo("6120072.00");
        assertThat(w.patentGrantBonus()).isEqualByComparingTo("5500.00");
        AnnualReport r = e8(lines, ReportConventions.DEFAULT);
        assertThat(r.traceOf("rewards.patentGrantBonus")).extracting(l -> l.record().id()).containsExactly(103L, 104L);
        assertThat(r.traceOf("rewards.cashAndEquity")).extracting(l -> l.record().id()).containsExactly(101L, 102L);
        assertThat(r.traceOf("rewards.cash")).extracting(l -> l.record().id()).containsExactly(101L);
    }

    /**
     * R-45-TECH: rewards on development, consulting and service deals are on their own line whatever the
     * setting; only INCLUDE puts them in the reward totals (cash, 人次, key contributors, leaders, the total).
     * Dated 2024-12-31 and 2025-01-01 lines show the year's edge.
     */
    @ParameterizedTest(name = "{0}: cash {1}, 人次 {2}, tech {3}, total {4}, key {5}")
    @CsvSource(textBlock = """
            EXCLUDE, 100000.00, 1, 375000.00, 100000.00, 100000.00
            INCLUDE, 475000.00, 4, 375000.00, 475000.00, 400000.00
            """)
    void techRewards_onTheirOwnLine_inTheTotalsOnlyBySetting(String setting, BigDecimal cash, int times,
                                                            BigDecimal tech, BigDecimal total, BigDecimal key) {
        List<ReportRewardLine> lines = List.of(
                line(1, 1L, DistributionKind.CASH, DealMode.TRANSFER, "100000.00", "2024-06-01", true),
                line(2, 5L, DistributionKind.CASH, DealMode.DEVELOPMENT, "300000.00", "2024-12-31", true),
                line(3, 6L, DistributionKind.CASH, DealMode.SERVICE, "50000.00", "2024-01-01", false),
                line(4, 7L, DistributionKind.CASH, DealMode.CONSULTING, "25000.00", "2024-12-20", false),
                line(5, 7L, DistributionKind.CASH, DealMode.CONSULTING, "8000.00", "2025-01-01", true));
        AnnualReport r = e8(lines, tech(setting));
        RewardFigures w = r.rewards();
        assertThat(w.techIncluded()).isEqualTo(setting.equals("INCLUDE"));
        assertThat(w.cash()).isEqualByComparingTo(cash);
        assertThat(w.personTimes()).isEqualTo(times);
        assertThat(w.tech()).isEqualByComparingTo(tech);
        assertThat(w.cashAndEquity()).isEqualByComparingTo(total);
        assertThat(w.keyContributors()).isEqualByComparingTo(key);
        assertThat(r.traceOf("rewards.tech")).extracting(TraceLine::amount)
                .containsExactlyInAnyOrder(new BigDecimal("300000.00"), new BigDecimal("50000.00"),
                        new BigDecimal("25000.00"));
        assertThat(r.traceOf("rewards.cash")).hasSize(times);
        // the project list's reward column follows the totals
        ProjectRow c5 = r.projects().stream().filter(p -> p.contractNo().equals("C5")).findFirst().orElseThrow();
        assertThat(c5.rewardCash()).isEqualByComparingTo(setting.equals("INCLUDE") ? "300000.00" : "0.00");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EXCLUDE, false
            INCLUDE, true
            """)
    void techRewardsConvention_readsItsValues(String value, boolean included) {
        assertThat(tech(value).techRewardsIncluded()).isEqualTo(included);
        assertThat(tech(value).texts()).containsEntry(ReportConventions.TECH_REWARDS, value);
    }

    @Test
    void techRewardsConvention_defaultsToExcluded_andRefusesOtherValues() {
        assertThat(ReportConventions.DEFAULT.techRewardsIncluded()).isFalse();
        assertThat(ReportConventions.DEFAULTS).containsEntry(ReportConventions.TECH_REWARDS, "EXCLUDE");
        assertThat(ReportConventions.KEYS).contains(ReportConventions.TECH_REWARDS);
        assertThatThrownBy(() -> ReportConventions.check(ReportConventions.TECH_REWARDS, "SOMETIMES"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every new figure of the tables opens to its records (R-REPORT-TRACE); the slots for what the records do
     * not hold yet are marked not recorded and carry none.
     */
    @Test
    void newFigures_traceToTheirRecords_andSlotsAreNotRecorded() {
        org.transferdesk.common.I18n.setLocale(org.transferdesk.common.I18n.CHINESE);
        List<ReportRewardLine> lines = List.of(
                line(1, 1L, DistributionKind.CASH, DealMode.TRANSFER, "100000.00", "2024-06-01", true),
                line(2, 5L, DistributionKind.CASH, DealMode.DEVELOPMENT, "300000.00", "2024-12-31", true),
                line(3, null, DistributionKind.PATENT_BONUS, null, "4000.00", "2024-03-01", true));
        List<ReportResult> results = List.of(new ReportResult(9, "R9", "成果", LocalDate.of(2020, 1, 1), null, null,
                FundingSource.FISCAL, false, List.of()));
        List<ReportContract> contracts = new ArrayList<>(E8Fixture.contracts());
        ReportContract c2 = contracts.get(1);
        contracts.set(1, new ReportContract(c2.id(), c2.contractNo(), c2.title(), c2.mode(), c2.licenseKind(),
                c2.status(), c2.signedOn(), null, null, c2.amount(), null, null, null, false, null, null, null, null,
                List.of(9L), c2.receivedBefore()));
        AnnualReport r = AnnualReports.build(data(contracts, lines, results), 2024, ReportConventions.DEFAULT);
        ReportTables model = ReportTables.of(new ReportPackage(r, E8Fixture.text(), List.of()));
        for (String path : List.of("rewards.cashAndEquity", "rewards.tech", "rewards.patentGrantBonus",
                "largeContracts.atLeast1MillionAmount", "largeContracts.shareOfContracts",
                "largeContracts.shareOfValue", "averages.TRANSFER", "averages.LICENSE", "averages.EQUITY",
                "averages.transferLicenseEquity", "fiscalFunded.contracts", "fiscalFunded.contractAmount")) {
            assertThat(model.figures().get(path).lines()).as(path).isNotEmpty();
        }
        assertThat(model.figures().get("fiscalFunded.contracts").value()).isEqualByComparingTo("1");
        assertThat(model.figures().get("largeContracts.shareOfContracts").lines()).hasSize(3);
        // the former slots are filled from the registers; without them: no office, no staff, no institutions, the
        // counterparties unspecified, and 本地转化 still not recorded (the unit's province is not set)
        assertThat(model.figures().get("office.transferOffice").kind()).isEqualTo(ReportTables.Kind.YES_NO);
        assertThat(model.figures().get("office.transferOffice").value()).isEqualByComparingTo("0");
        assertThat(model.figures().get("office.fullTimeStaff").value()).isEqualByComparingTo("0");
        assertThat(model.figures().get("jointInstitutions.count").value()).isEqualByComparingTo("0");
        assertThat(model.figures().get("counterparties.byIndustry.UNSPECIFIED.contracts").value())
                .isEqualByComparingTo("3");
        assertThat(model.figures().get("counterparties.byIndustry.UNSPECIFIED.contracts").lines()).hasSize(3);
        assertThat(model.figures().get("counterparties.byRegion.UNSPECIFIED.contractAmount").value())
                .isEqualByComparingTo("10700000.00");
        ReportTables.Cell slot = model.figures().get("counterparties.local");
        assertThat(slot.kind()).isEqualTo(ReportTables.Kind.NOT_RECORDED);
        assertThat(slot.value()).isNull();
        assertThat(slot.lines()).isEmpty();
        // the tech line reads 另 (apart) by default: it is not part of the totals above it
        assertThat(model.table("rewards").rows()).extracting(ReportTables.Row::label)
                .contains("另：技术开发、咨询、服务奖酬（不计入上列合计）", "另：专利授权奖励（不计入转化奖励）",
                        "奖励研发与转化主要贡献人员")
                .doesNotContain("其中：技术开发、咨询、服务奖酬");
        AnnualReport included = AnnualReports.build(data(contracts, lines, results), 2024, tech("INCLUDE"));
        assertThat(ReportTables.of(new ReportPackage(included, E8Fixture.text(), List.of())).table("rewards").rows())
                .extracting(ReportTables.Row::label).contains("其中：技术开发、咨询、服务奖酬");
        assertThat(Arrays.asList(model.tables().stream().map(ReportTables.Table::id).toArray()))
                .containsSubsequence("office", "disclosed", "conversion", "averages", "large", "fiscalFunded",
                        "counterparties", "cooperation", "jointInstitutions", "rewards", "pilots");
    }
}
