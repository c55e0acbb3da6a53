package org.transferdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.report.AnnualReport;
import org.transferdesk.report.AnnualReports;
import org.transferdesk.report.E8Fixture;
import org.transferdesk.report.ReportContract;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.ReportEpisode;
import org.transferdesk.report.ReportIp;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportPilot;
import org.transferdesk.report.ReportResult;
import org.transferdesk.report.ReportRewardLine;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.ReportDistribution;
import org.transferdesk.deal.DealParty;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.reward.UnitPart;
import org.transferdesk.reward.DistributionKind;

/**
 * `report --format json` is a contract: every key the export wrote before issue 18 is still there with the same
 * value, the README documents every key, and the R-REPORT-MORE keys are present. The "before" is a file written
 * by the ReportJson of commit c10ce90 from {@link #richPackage()} (E8 with results, IP, rewards, pilots and side
 * jobs, so no part of the shape is empty).
 */
class ReportJsonContractTest {
    private static final String BEFORE = "/org/transferdesk/report/export/e8-report-before-issue18.json";
    private static ObjectNode now;

    @BeforeAll
    static void export() {
        I18n.setLocale(I18n.CHINESE);
        now = ReportJson.tree(richPackage());
    }

    /** E8 plus a year's results, IP, cash and equity rewards, pilot cases and side jobs (no bonus, no R-45-TECH). */
    static ReportPackage richPackage() {
        List<ReportContract> contracts = new ArrayList<>();
        for (ReportContract c : E8Fixture.contracts()) {
            List<Long> results = c.mode().convertsResults() ? List.of(100L) : List.of();
            contracts.add(new ReportContract(c.id(), c.contractNo(), c.title(), c.mode(), c.licenseKind(), c.status(),
                    c.signedOn(), null, c.id() == 1 ? "2024110108000123" : null, c.amount(), c.counterparty(), null,
                    null, false, c.mode() == DealMode.EQUITY ? new BigDecimal("0.400000") : null, null, null, null,
                    results, c.receivedBefore()));
        }
        List<ReportRewardLine> lines = List.of(
                reward(1, 1, DistributionKind.CASH, DealMode.TRANSFER, "520072.00", "2024-06-01", true, LeaderRole.NONE,
                        new BigDecimal("12000.00")),
                reward(2, 1, DistributionKind.CASH, DealMode.TRANSFER, "325045.00", "2024-06-01", false,
                        LeaderRole.OTHER, null),
                reward(3, 4, DistributionKind.EQUITY, DealMode.EQUITY, "3360000.00", "2024-10-08", true,
                        LeaderRole.NONE, null),
                reward(4, 1, DistributionKind.CASH, DealMode.TRANSFER, "1000.00", "2023-06-01", false, LeaderRole.NONE,
                        null));
        List<ReportResult> results = List.of(
                new ReportResult(100, "R100", "一种正极材料", LocalDate.of(2024, 1, 3), "材料学院",
                        ResultType.INVENTION_PATENT, FundingSource.FISCAL, false, List.of("202410000001.1")),
                new ReportResult(102, "R102", "软件", LocalDate.of(2024, 5, 4), null, null, null, false, List.of()),
                new ReportResult(103, "R103", "旧", LocalDate.of(2023, 5, 4), "化学院", ResultType.SOFTWARE,
                        FundingSource.COMMISSIONED, false, List.of()));
        List<ReportIp> ips = List.of(
                new ReportIp(1, 100, IpType.INVENTION_PATENT, "202410000001.1", LocalDate.of(2024, 1, 10), null),
                new ReportIp(2, 103, IpType.SOFTWARE_COPYRIGHT, "2023SR1", LocalDate.of(2023, 6, 1),
                        LocalDate.of(2024, 3, 1)));
        List<ReportPilot> pilots = List.of(new ReportPilot(1, "FQ-1", 100, "一种正极材料", PilotModel.OWNERSHIP,
                PilotStep.CONVERTED, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15)));
        List<ReportEpisode> episodes = List.of(new ReportEpisode(1, 1, "甲", EpisodeKind.SIDE_JOB, "甲公司",
                LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 1)),
                new ReportEpisode(2, 2, "乙", EpisodeKind.TTO_STAFF, null, LocalDate.of(2020, 1, 1), null));
        // R-REPORT-MORE's registers: C1 in the unit's province (北京), C2 in 广东 (C), C4's counterparty unmapped
        List<DealParty> parties = List.of(
                new DealParty(1, 1, "甲方", Province.BEIJING, IndustrySection.C),
                new DealParty(2, 2, "乙方", Province.GUANGDONG, IndustrySection.I));
        List<JointInstitution> institutions = List.of(new JointInstitution(1L, "联合实验室",
                InstitutionKind.JOINT_RD, 1L, "甲方", 2022, null, null, 0));
        List<ReportDistribution> distributions = List.of(new ReportDistribution(11, 1L, "C1", DistributionKind.CASH,
                DealMode.TRANSFER, new BigDecimal("1857400.00"), new BigDecimal("1300180.00"),
                new BigDecimal("557220.00"), List.of(new UnitPart(UnitPart.Unit.UNIVERSITY, "", new BigDecimal("0.1"),
                new BigDecimal("371480.00")), new UnitPart(UnitPart.Unit.SCHOOL, "材料学院", new BigDecimal("0.1"),
                new BigDecimal("185740.00"))), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)));
        ReportData data = new ReportData(LocalDate.MIN, contracts, E8Fixture.receipts(), lines, results, ips, pilots,
                episodes, true, parties, Map.of(2024, Province.BEIJING), institutions, distributions);
        int year = E8Fixture.YEAR;
        return new ReportPackage(AnnualReports.build(data, year, ReportConventions.DEFAULT), E8Fixture.text(),
                List.of(AnnualReports.build(data, year - 1, ReportConventions.DEFAULT),
                        AnnualReports.build(data, year - 2, ReportConventions.DEFAULT)));
    }

    private static ReportRewardLine reward(long id, long contract, DistributionKind kind, DealMode mode, String amount,
                                           String paidOn, boolean key, LeaderRole leader, BigDecimal tax) {
        LocalDate paid = LocalDate.parse(paidOn);
        return new ReportRewardLine(id, 10 + id, contract, "C" + contract, kind, mode, id, "人员" + id,
                new BigDecimal(amount), paid, paid, key, leader, false, true, true, LocalDate.of(2024, 4, 1), tax);
    }

    private static JsonNode before() throws IOException {
        try (InputStream in = ReportJsonContractTest.class.getResourceAsStream(BEFORE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyKeyOfBefore_isStillThere_withTheSameValue() throws IOException {
        List<String> differences = new ArrayList<>();
        compare("", before(), now, differences);
        assertThat(differences).isEmpty();
        // the file is not trivially small: every part of the documented shape holds something
        assertThat(before().at("/rewards/cash").asText()).isEqualTo("845117.00");
        assertThat(before().at("/results/byType/INVENTION_PATENT").asInt()).isEqualTo(1);
        assertThat(before().at("/pilots/granted").asInt()).isEqualTo(1);
    }

    /** Objects: every key of {@code was} in {@code is}; arrays: same length, element by element; values equal. */
    private static void compare(String at, JsonNode was, JsonNode is, List<String> differences) {
        if (is == null || is.isMissingNode()) {
            differences.add(at + " is gone");
        } else if (was.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = was.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(at + "/" + e.getKey(), e.getValue(), is.get(e.getKey()), differences);
            }
        } else if (was.isArray()) {
            if (!is.isArray() || is.size() != was.size()) {
                differences.add(at + " has " + is.size() + " elements, not " + was.size());
                return;
            }
            for (int i = 0; i < was.size(); i++) {
                compare(at + "/" + i, was.get(i), is.get(i), differences);
            }
        } else if (was.isNumber() && is.isNumber()) {
            // the file reads back as int where the export holds a long: the same number
            if (was.decimalValue().compareTo(is.decimalValue()) != 0) {
                differences.add(at + ": " + was + " → " + is);
            }
        } else if (!was.equals(is)) {
            differences.add(at + ": " + was + " → " + is);
        }
    }

    /** The user guide's paragraph on the report's JSON names every key of the shape, old and new. */
    @Test
    void theDocs_documentEveryKey() throws IOException {
        String readme = Files.readString(Path.of("src/site/markdown/cli.md"));
        int start = readme.indexOf("**The annual report as JSON**");
        assertThat(start).as("the paragraph is in the docs").isNotNegative();
        String paragraph = readme.substring(start, readme.indexOf("\n\n", start));
        List<String> missing = new ArrayList<>();
        collectKeys(now, "", missing, paragraph);
        assertThat(missing).isEmpty();
    }

    /** Keys of objects, not of maps keyed by enum names or departments, nor the rows of arrays. */
    private static void collectKeys(JsonNode node, String at, List<String> missing, String paragraph) {
        if (!node.isObject() || at.matches(".*/(modes|licenceKinds|byType|byFunding|byDepartment|filed|granted|"
                + "narrative|conventions|averages|byIndustry|byRegion|byKind)")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!paragraph.contains("\"" + e.getKey() + "\"")) {
                missing.add(at + "/" + e.getKey());
            }
            collectKeys(e.getValue(), at + "/" + e.getKey(), missing, paragraph);
        }
    }

    /** The R-REPORT-MORE keys, with their values for this package. */
    @Test
    void newKeys_arePresent_withTheirValues() {
        assertThat(now.at("/rewards/cashAndEquity").asText()).isEqualTo("4205117.00");
        assertThat(now.at("/rewards/tech").asText()).isEqualTo("0.00");
        assertThat(now.at("/rewards/patentGrantBonus").asText()).isEqualTo("0.00");
        assertThat(now.at("/largeContracts/atLeast1MillionAmount").asText()).isEqualTo("10700000.00");
        assertThat(now.at("/largeContracts/shareOfContracts").asText()).isEqualTo("1.000000");
        assertThat(now.at("/largeContracts/shareOfValue").asText()).isEqualTo("1.000000");
        assertThat(now.at("/averages/TRANSFER").asText()).isEqualTo("1500000.00");
        assertThat(now.at("/averages/transferLicenseEquity").asText()).isEqualTo("3566666.67");
        // C3 (signed 2023) converts the same fiscal-funded result but is not counted in 2024
        assertThat(now.at("/fiscalFunded/contracts").asInt()).isEqualTo(3);
        assertThat(now.at("/fiscalFunded/contractAmount").asText()).isEqualTo("10700000.00");
        // the former slots, now filled from the registers
        assertThat(now.at("/office/transferOffice").asBoolean()).isTrue();
        assertThat(now.at("/office/fullTimeStaff").asInt()).isEqualTo(1);
        assertThat(now.at("/counterparties/byIndustry/C/contracts").asInt()).isEqualTo(1);
        assertThat(now.at("/counterparties/byIndustry/UNSPECIFIED/contractAmount").asText()).isEqualTo("8000000.00");
        assertThat(now.at("/counterparties/byRegion/GUANGDONG/contractAmount").asText()).isEqualTo("1200000.00");
        assertThat(now.at("/counterparties/local/contracts").asInt()).isEqualTo(1);
        assertThat(now.at("/counterparties/local/contractAmount").asText()).isEqualTo("1500000.00");
        assertThat(now.at("/jointInstitutions/count").asInt()).isEqualTo(1);
        assertThat(now.at("/jointInstitutions/byKind/JOINT_RD").asInt()).isEqualTo(1);
        assertThat(now.at("/jointInstitutions/list/0/partner").asText()).isEqualTo("甲方");
        assertThat(now.at("/jointInstitutions/list/0/foundedYear").asInt()).isEqualTo(2022);
        assertThat(now.at("/incomeDistribution/net").asText()).isEqualTo("1857400.00");
        assertThat(now.at("/incomeDistribution/universityPart").asText()).isEqualTo("557220.00");
        assertThat(now.at("/incomeDistribution/university").asText()).isEqualTo("371480.00");
        assertThat(now.at("/incomeDistribution/school").asText()).isEqualTo("185740.00");
        assertThat(now.at("/incomeDistribution/transferOffice").asText()).isEqualTo("0.00");
        assertThat(now.at("/conventions/report.count.techRewards").asText()).isEqualTo("EXCLUDE");
    }

    /** An average without contracts and a share of nothing are null, not zero. */
    @Test
    void noContracts_averageAndSharesAreNull() {
        ReportData empty = new ReportData(LocalDate.MIN, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), true);
        AnnualReport r = AnnualReports.build(empty, 2024, ReportConventions.DEFAULT);
        ObjectNode json = ReportJson.tree(new ReportPackage(r, E8Fixture.text(), List.of()));
        assertThat(json.at("/averages/EQUITY").isNull()).isTrue();
        assertThat(json.at("/largeContracts/shareOfValue").isNull()).isTrue();
        assertThat(json.at("/licenceKinds").size()).isZero();
        assertThat(json.at("/results/byType").isObject()).isTrue();
    }

    /** The figures list names each figure as the tables do, and its path holds the table's value. */
    @Test
    void figures_nameEveryCellOfTheTables_atItsPath() {
        ReportTables model = ReportTables.of(richPackage());
        JsonNode figures = now.get("figures");
        assertThat(figures.size()).isEqualTo(model.figures().size());
        Pattern path = Pattern.compile("([^.]+)\\.([^.]+)(?:\\.(.+))?");
        Pattern group = Pattern.compile("counterparties\\.(by[A-Za-z]+)\\.([^.]+)\\.([^.]+)");
        for (JsonNode f : figures) {
            ReportTables.Cell cell = model.figures().get(f.get("path").asText());
            assertThat(cell).as(f.toString()).isNotNull();
            assertThat(f.get("label").asText()).isEqualTo(cell.name());
            Matcher g = group.matcher(cell.path());
            Matcher m = path.matcher(cell.path());
            assertThat(m.matches()).isTrue();
            JsonNode value = now.get(m.group(1)).get(m.group(2));
            value = g.matches() ? now.get("counterparties").get(g.group(1)).get(g.group(2)).get(g.group(3))
                    : m.group(3) == null ? value : value.get(m.group(3));
            switch (cell.kind()) {
                case COUNT -> assertThat(value.asInt()).as(cell.path()).isEqualTo(cell.value().intValueExact());
                case AMOUNT, SHARE -> assertThat(new BigDecimal(value.asText())).as(cell.path())
                        .isEqualByComparingTo(cell.value());
                case YES_NO -> assertThat(value.asBoolean()).as(cell.path()).isEqualTo(cell.value().signum() != 0);
                default -> assertThat(value.isNull()).as(cell.path()).isTrue();
            }
        }
    }
}
