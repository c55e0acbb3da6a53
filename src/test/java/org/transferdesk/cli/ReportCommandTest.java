package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.ledger.TestWorkbook;

/**
 * {@code import} + {@code report --format json} on a ledger workbook holding rule book E8: the figures come out
 * exactly as E8 states (in yuan, 2 decimals), in the documented JSON shape.
 */
class ReportCommandTest extends DataFolderCommandTest {
    private static Object[] row(Object... cells) {
        return cells;
    }

    static final Object[][] PEOPLE = {row("工号", "姓名"), row("T001", "张三")};
    static final Object[][] RESULTS = {
            row("成果编号", "成果名称", "披露日期", "成果类型", "完成人"),
            row("R1", "一种正极材料", "2024-03-01", "INVENTION_PATENT", "T001:100*")};
    static final Object[][] CONTRACTS = {
            row("合同编号", "转化方式", "许可类型", "签订日期", "合同金额", "对方名称", "技术合同登记号", "关联成果"),
            row("C1", "转让", null, "2024-03-15", "1,500,000.00", "甲公司", "2024110108000123", "R1"),
            row("C2", "许可", "独占", "2024-06-01", 1_200_000, "乙公司", null, "R1"),
            row("C3", "许可", "普通", "2023-11-20", 600_000, "丙公司", null, "R1"),
            row("C4", "作价投资", null, "2024-09-30", 8_000_000, "丁公司", null, "R1"),
            row("C5", "技术开发", null, "2024-04-01", 3_000_000, "戊公司", null, null),
            row("C6", "技术服务", null, "2024-07-01", 250_000, "己公司", null, null),
            row("C7", "技术咨询", null, "2024-12-20", 80_000, "庚公司", null, null),
            row("C8", "技术开发", null, "2022-05-01", 5_000_000, "辛公司", null, null)};
    /** E8's receipts up to today (C2's June 2027 and 2028 instalments are not money received yet). */
    static final Object[][] RECEIPTS = {
            row("合同编号", "到账日期", "金额"),
            row("C1", "2024-04-01", 1_500_000),
            row("C2", "2024-06-20", 400_000),
            row("C2", "2025-06-20", 200_000),
            row("C2", "2026-06-20", 200_000),
            row("C3", "2024-01-10", 600_000),
            row("C5", "2024-05-01", 900_000),
            row("C5", "2024-11-01", 900_000),
            row("C5", "2025-05-01", 1_200_000),
            row("C6", "2024-08-01", 250_000),
            row("C7", "2025-01-05", 80_000),
            row("C8", "2022-07-01", 2_000_000),
            row("C8", "2023-07-01", 2_000_000),
            row("C8", "2024-06-01", 1_000_000)};

    private JsonNode report;

    @BeforeEach
    void importE8() throws Exception {
        Path workbook = TestWorkbook.create().sheet("人员", PEOPLE).sheet("成果", RESULTS).sheet("合同", CONTRACTS)
                .sheet("到账", RECEIPTS).writeTo(tmp.resolve("e8.xlsx"));
        assertThat(run("import", workbook.toString(), "--data-dir", data.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("report", "--year", "2024", "--format", "json", "--data-dir", data.toString()))
                .as(err.toString()).isZero();
        report = new ObjectMapper().readTree(out.toString());
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3}")
    @CsvSource(textBlock = """
            modes.TRANSFER,                            1, 1500000.00, 1500000.00
            modes.LICENSE,                             1, 1200000.00, 1000000.00
            modes.EQUITY,                              1, 8000000.00, 0.00
            modes.DEVELOPMENT,                         1, 3000000.00, 2800000.00
            modes.CONSULTING,                          1, 80000.00,   0.00
            modes.SERVICE,                             1, 250000.00,  250000.00
            totals.transferLicenseEquity,              3, 10700000.00, 2500000.00
            totals.developmentConsultingService,       3, 3330000.00, 3050000.00
            totals.all,                                6, 14030000.00, 5550000.00
            """)
    void e8_figuresExactlyAsDomainStates(String path, int contracts, String amount, String received) {
        JsonNode node = report;
        for (String part : path.split("\\.")) {
            node = node.get(part);
        }
        assertThat(node.get("contracts").asInt()).isEqualTo(contracts);
        assertThat(node.get("contractAmount").asText()).isEqualTo(amount);
        assertThat(node.get("received").asText()).isEqualTo(received);
    }

    @Test
    void e8_largeContractsAndTheShape() {
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        JsonNode large = report.get("largeContracts");
        assertThat(large.get("atLeast1Million").asInt()).isEqualTo(3);
        assertThat(large.get("atLeast10Million").asInt()).isZero();
        assertThat(large.get("atLeast100Million").asInt()).isZero();
        assertThat(large.get("contracts").toString()).isEqualTo("[\"C1\",\"C2\",\"C4\"]");
        assertThat(report.get("rewards").get("cash").asText()).isEqualTo("0.00");
        assertThat(report.get("results").get("disclosed").asInt()).isEqualTo(1);
        assertThat(report.get("results").get("byType").get("INVENTION_PATENT").asInt()).isEqualTo(1);
        assertThat(report.get("pilots").get("granted").asInt()).isZero();
        assertThat(report.get("projects").size()).isEqualTo(8);
        assertThat(report.get("comparison").get(0).get("year").asInt()).isEqualTo(2023);
        assertThat(report.get("comparison").get(0).get("totals").get("all").get("contracts").asInt()).isEqualTo(1);
        assertThat(report.get("conventions").get("report.count.contractYear").asText()).isEqualTo("SIGNED");
    }

    @Test
    void e8_dataChecksNameTheRecords() {
        // Only C1 is registered and equity needs no registration: C2, C5, C6, C7; every conversion has a result.
        assertThat(report.get("checks").findValuesAsText("check"))
                .containsOnly("NOT_REGISTERED").hasSize(4);
    }

    @Test
    void conventionSwitchedBySetting_changesTheFigures() throws Exception {
        out.getBuffer().setLength(0);
        assertThat(run("setting", "report.count.equityReceived", "RECEIPTS", "--from", "2024-01-01",
                "--data-dir", data.toString())).as(err.toString()).isZero();
        assertThat(run("setting", "report.large.thresholds", "1500000;5000000;10000000", "--from",
                "2024-01-01", "--data-dir", data.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("report", "--year", "2024", "--data-dir", data.toString())).isZero();
        JsonNode changed = new ObjectMapper().readTree(out.toString());
        assertThat(changed.get("largeContracts").get("atLeast1Million").asInt()).isEqualTo(2);
        // The second threshold is now 5,000,000.00: C4 (8,000,000.00) reaches it.
        assertThat(changed.get("largeContracts").get("atLeast10Million").asInt()).isEqualTo(1);
        assertThat(changed.get("conventions").get("report.count.equityReceived").asText()).isEqualTo("RECEIPTS");
    }

    /** R-REPORT-MORE: the R-45-TECH convention is a dated setting like the others; a bad value is refused. */
    @Test
    void techRewardsConvention_isSetWithTheSettingCommand() throws Exception {
        assertThat(report.get("conventions").get("report.count.techRewards").asText()).isEqualTo("EXCLUDE");
        assertThat(run("setting", "report.count.techRewards", "SOMETIMES", "--from", "2024-01-01",
                "--data-dir", data.toString())).isNotZero();
        assertThat(run("setting", "report.count.techRewards", "INCLUDE", "--from", "2024-01-01",
                "--data-dir", data.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("report", "--year", "2024", "--data-dir", data.toString())).isZero();
        JsonNode changed = new ObjectMapper().readTree(out.toString());
        assertThat(changed.get("conventions").get("report.count.techRewards").asText()).isEqualTo("INCLUDE");
        assertThat(changed.get("largeContracts").get("shareOfContracts").asText()).isEqualTo("1.000000");
        assertThat(changed.get("averages").get("transferLicenseEquity").asText()).isEqualTo("3566666.67");
    }

    @Test
    void xlsxAndDocxNeedAnOutputFile_andAreWritten() throws Exception {
        assertThat(run("report", "--year", "2024", "--format", "xlsx", "--data-dir", data.toString())).isNotZero();
        assertThat(err.toString()).contains("--out");
        Path json = tmp.resolve("r.json");
        assertThat(run("report", "--year", "2024", "--format", "json", "--out", json.toString(), "--data-dir",
                data.toString())).isZero();
        assertThat(new ObjectMapper().readTree(Files.readString(json)).get("year").asInt()).isEqualTo(2024);
    }
}
