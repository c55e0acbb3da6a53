package org.transferdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealParty;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.UnitPart;

/**
 * R-REPORT-MORE's figures from the registers (counterparties' industry and region, 本地转化, jointly built
 * institutions, the office and its staff) and part (5)'s R-UNIT-SPLIT, on pure ReportData at their boundaries.
 */
class RegisterFiguresTest {
    private static final int YEAR = 2024;

    private static ReportData data(List<ReportContract> contracts, List<DealParty> parties,
                                   Map<Integer, Province> unit, List<JointInstitution> institutions,
                                   List<ReportEpisode> episodes, List<ReportDistribution> distributions) {
        return new ReportData(LocalDate.MIN, contracts, List.of(), List.of(), List.of(), List.of(), List.of(),
                episodes, true, parties, unit, institutions, distributions);
    }

    private static Province province(String name) {
        return name == null || name.isBlank() ? null : Province.valueOf(name);
    }

    /** One transfer contract signed on {@code signedOn}; its counterparty's province and section (blank: none). */
    @ParameterizedTest(name = "signed {0}, counterparty {1}/{2}, unit {3}")
    @CsvSource(textBlock = """
            2024-12-31, BEIJING,   C, BEIJING,  BEIJING,    C,           1, 1
            2024-01-01, GUANGDONG, I, BEIJING,  GUANGDONG,  I,           1, 0
            2023-12-31, BEIJING,   C, BEIJING,  ,           ,            0, 0
            2025-01-01, BEIJING,   C, BEIJING,  ,           ,            0, 0
            2024-06-01, ,          ,  BEIJING,  UNSPECIFIED, UNSPECIFIED, 1, 0
            2024-06-01, ABROAD,    M, BEIJING,  ABROAD,     M,           1, 0
            2024-06-01, BEIJING,   C, ,         BEIJING,    C,           1, -1
            """)
    void counterparties_countTheYearsConversionContracts_byIndustryRegionAndLocal(
            String signedOn, String partyProvince, String section, String unitProvince, String regionKey,
            String industryKey, int counted, int local) {
        ReportContract c = E8Fixture.contract(1, "C1", DealMode.TRANSFER, signedOn, "1234567.89");
        List<DealParty> parties = List.of(new DealParty(1, 7, "对方", province(partyProvince),
                section == null ? null : IndustrySection.valueOf(section)));
        Map<Integer, Province> unit = unitProvince == null ? Map.of() : Map.of(YEAR, Province.valueOf(unitProvince));
        AnnualReport r = AnnualReports.build(data(List.of(c), parties, unit, List.of(), List.of(), List.of()), YEAR,
                ReportConventions.DEFAULT);
        CounterpartyFigures f = r.counterparties();
        if (counted == 0) {
            assertThat(f.byIndustry()).isEmpty();
            assertThat(f.byRegion()).isEmpty();
        } else {
            assertThat(f.byRegion().get(regionKey).contracts()).isEqualTo(1);
            assertThat(f.byRegion().get(regionKey).contractAmount()).isEqualByComparingTo("1234567.89");
            assertThat(f.byIndustry().get(industryKey).contractAmount()).isEqualByComparingTo("1234567.89");
            assertThat(r.traceOf("counterparties.byRegion." + regionKey + ".contracts"))
                    .extracting(l -> l.record().id()).containsExactly(1L);
        }
        if (local < 0) {
            assertThat(f.local()).isNull();
            assertThat(r.checks()).extracting(DataCheck::kind).contains(CheckKind.UNIT_PROVINCE_UNSET);
        } else {
            assertThat(f.local().contracts()).isEqualTo(local);
            assertThat(r.traceOf("counterparties.local.contracts")).hasSize(local);
            assertThat(r.checks()).extracting(DataCheck::kind).doesNotContain(CheckKind.UNIT_PROVINCE_UNSET);
        }
    }

    /** Development, consulting and service contracts are not in the three modes' groups; no counterparty: unspecified. */
    @ParameterizedTest
    @CsvSource({"DEVELOPMENT, 0", "SERVICE, 0", "LICENSE, 1", "EQUITY, 1"})
    void counterparties_onlyTransferLicenceEquity(DealMode mode, int counted) {
        ReportContract c = E8Fixture.contract(1, "C1", mode, "2024-05-05", "100.00");
        AnnualReport r = AnnualReports.build(data(List.of(c), List.of(), Map.of(), List.of(), List.of(), List.of()),
                YEAR, ReportConventions.DEFAULT);
        assertThat(r.counterparties().byRegion().values().stream().mapToInt(Tally::contracts).sum()).isEqualTo(counted);
        assertThat(r.counterparties().byIndustry().getOrDefault(AnnualReport.UNSPECIFIED, Tally.ZERO).contracts())
                .isEqualTo(counted);
        // no counterparty has a province: nothing to warn about, 本地转化 stays not recorded
        assertThat(r.counterparties().local()).isNull();
        assertThat(r.checks()).extracting(DataCheck::kind).doesNotContain(CheckKind.UNIT_PROVINCE_UNSET);
    }

    @ParameterizedTest(name = "founded {0}, closed {1}")
    @CsvSource({"2024, , 1", "2025, , 0", "2010, 2024, 1", "2010, 2023, 0", "2023, 2025, 1"})
    void institutions_activeInTheYear_byFoundedAndClosedYear(int founded, Integer closed, int active) {
        JointInstitution i = new JointInstitution(5L, "联合研发中心", InstitutionKind.TRANSFER_BODY, null, "某公司",
                founded, closed, null, 0);
        AnnualReport r = AnnualReports.build(data(List.of(), List.of(), Map.of(), List.of(i), List.of(), List.of()),
                YEAR, ReportConventions.DEFAULT);
        assertThat(r.institutions().count()).isEqualTo(active);
        assertThat(r.institutions().count(InstitutionKind.TRANSFER_BODY)).isEqualTo(active);
        assertThat(r.institutions().count(InstitutionKind.JOINT_RD)).isZero();
        assertThat(r.traceOf("jointInstitutions.count")).hasSize(active);
        // a 技术转移机构 built jointly with a company is not the unit's own office: no staff, no office
        assertThat(r.office().transferOffice()).isFalse();
        assertThat(r.office().fullTimeStaff()).isZero();
    }

    @ParameterizedTest(name = "{0} – {1}")
    @CsvSource({"2024-12-31, , 1", "2020-01-01, 2023-12-31, 0", "2020-01-01, 2024-01-01, 1", "2025-01-01, , 0",
            "2020-01-01, , 1"})
    void fullTimeStaff_episodeCoveringADayOfTheYear(LocalDate start, LocalDate end, int staff) {
        List<ReportEpisode> episodes = List.of(new ReportEpisode(1, 9, "王五", EpisodeKind.TTO_STAFF, null, start, end),
                // the same person twice in the year counts once
                new ReportEpisode(2, 9, "王五", EpisodeKind.TTO_STAFF, null, start, end),
                new ReportEpisode(3, 8, "赵六", EpisodeKind.SIDE_JOB, "某公司", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31)));
        AnnualReport r = AnnualReports.build(data(List.of(), List.of(), Map.of(), List.of(), episodes, List.of()),
                YEAR, ReportConventions.DEFAULT);
        assertThat(r.office().fullTimeStaff()).isEqualTo(staff);
        assertThat(r.office().transferOffice()).isEqualTo(staff > 0);
        assertThat(r.traceOf("office.fullTimeStaff")).extracting(l -> l.record().id()).hasSize(staff)
                .allMatch(id -> id == 9L);
        // office staff are no side jobs
        assertThat(r.people().sideJobs()).isEqualTo(1);
    }

    private static UnitPart part(UnitPart.Unit unit, String amount) {
        return new UnitPart(unit, "", new BigDecimal("0.1"), new BigDecimal(amount));
    }

    /**
     * Net 1,857,400.01 with odd fen: a split distribution (学院 and the office get their lines, 学校 the rest) and
     * one without a stored split (all to 学校); 学校 + 学院 + office is the university part exactly.
     */
    @ParameterizedTest(name = "{0}, paid {1}, approved {2}")
    @CsvSource(textBlock = """
            PAID,     2024-12-31, 2024-12-01, true
            PAID,     2025-01-01, 2024-12-01, false
            APPROVED, 2025-01-01, 2024-12-31, true
            APPROVED, 2024-06-01, 2023-12-31, false
            """)
    void incomeDistribution_splitsTheUniversityPart(String convention, LocalDate paid, LocalDate approved,
                                                    boolean counted) {
        List<ReportDistribution> ds = new ArrayList<>();
        ds.add(new ReportDistribution(1, 1L, "C1", DistributionKind.CASH, DealMode.TRANSFER,
                new BigDecimal("1857400.01"), new BigDecimal("1300180.01"), new BigDecimal("557220.00"),
                List.of(part(UnitPart.Unit.UNIVERSITY, "185740.01"), part(UnitPart.Unit.SCHOOL, "185740.00"),
                        part(UnitPart.Unit.TRANSFER_OFFICE, "185739.99")), approved, paid));
        ds.add(new ReportDistribution(2, 2L, "C2", DistributionKind.CASH, DealMode.LICENSE, new BigDecimal("1000.03"),
                new BigDecimal("700.02"), new BigDecimal("300.01"), List.of(), approved, paid));
        // equity and R-45-TECH distributions are no cash income distributed under R-UNIT-SPLIT
        ds.add(new ReportDistribution(3, 3L, "C3", DistributionKind.EQUITY, DealMode.EQUITY, new BigDecimal("9.00"),
                new BigDecimal("5.00"), new BigDecimal("4.00"), List.of(), approved, paid));
        ds.add(new ReportDistribution(4, 4L, "C4", DistributionKind.TECH_CONTRACT, DealMode.DEVELOPMENT,
                new BigDecimal("9.00"), new BigDecimal("5.00"), new BigDecimal("4.00"), List.of(), approved, paid));
        ReportConventions conventions = ReportConventions.from(k -> k.equals("report.count.cashRewardYear")
                ? Optional.of(convention) : Optional.empty());
        AnnualReport r = AnnualReports.build(data(List.of(), List.of(), Map.of(), List.of(), List.of(), ds), YEAR,
                conventions);
        IncomeDistribution d = r.incomeDistribution();
        if (!counted) {
            assertThat(d).isEqualTo(IncomeDistribution.NONE);
            assertThat(r.traceOf("incomeDistribution.net")).isEmpty();
            return;
        }
        assertThat(d.net()).isEqualByComparingTo("1858400.04");
        assertThat(d.pool()).isEqualByComparingTo("1300880.03");
        assertThat(d.universityPart()).isEqualByComparingTo("557520.01");
        assertThat(d.university()).isEqualByComparingTo("186040.02");
        assertThat(d.school()).isEqualByComparingTo("185740.00");
        assertThat(d.transferOffice()).isEqualByComparingTo("185739.99");
        assertThat(d.university().add(d.school()).add(d.transferOffice())).isEqualByComparingTo(d.universityPart());
        assertThat(r.traceOf("incomeDistribution.net")).extracting(l -> l.record().id()).containsExactly(1L, 2L);
        assertThat(r.traceOf("incomeDistribution.school")).extracting(l -> l.record().id()).containsExactly(1L);
        assertThat(r.traceOf("incomeDistribution.university")).extracting(TraceLine::amount)
                .containsExactly(new BigDecimal("185740.01"), new BigDecimal("300.01"));
    }
}
