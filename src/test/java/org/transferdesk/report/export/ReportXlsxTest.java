package org.transferdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.report.E8Fixture;
import org.transferdesk.report.ReportModes;
import org.transferdesk.report.ReportPackage;

/** The workbook read back says what the JSON says (in 万元), and E8's figures literally. */
class ReportXlsxTest {
    @TempDir
    static Path tmp;

    private static ReportPackage pkg;
    private static ObjectNode json;
    private static final Map<String, List<Row>> SHEETS = new LinkedHashMap<>();
    private static Path file;

    @BeforeAll
    static void writeAndRead() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        pkg = E8Fixture.pkg();
        json = ReportJson.tree(pkg);
        file = tmp.resolve("report.xlsx");
        ReportXlsx.write(file, pkg);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet s : wb.getSheets().toList()) {
                SHEETS.put(s.getName(), s.read());
            }
        }
    }

    @Test
    void everyModeAndGroup_equalsTheJson_in10kYuan() {
        for (DealMode m : ReportModes.SIX) {
            String sheet = ReportModes.CONVERSION.contains(m) ? "reportExport.sheet.conversion"
                    : "reportExport.sheet.cooperation";
            assertTally(row(sheet, m.label()), json.at("/modes/" + m.name()));
        }
        assertTally(row("reportExport.sheet.conversion", I18n.t("reportFigure.conversion")),
                json.at("/totals/transferLicenseEquity"));
        assertTally(row("reportExport.sheet.cooperation", I18n.t("reportFigure.cooperation")),
                json.at("/totals/developmentConsultingService"));
        assertTally(row("reportExport.sheet.cooperation", I18n.t("reportFigure.all")), json.at("/totals/all"));
    }

    @ParameterizedTest
    @CsvSource({
            "reportExport.sheet.conversion, TRANSFER, 1, 150.00, 150.00",
            "reportExport.sheet.conversion, LICENSE, 1, 120.00, 100.00",
            "reportExport.sheet.conversion, EQUITY, 1, 800.00, 0.00",
            "reportExport.sheet.conversion, reportFigure.conversion, 3, 1070.00, 250.00",
            "reportExport.sheet.cooperation, DEVELOPMENT, 1, 300.00, 280.00",
            "reportExport.sheet.cooperation, CONSULTING, 1, 8.00, 0.00",
            "reportExport.sheet.cooperation, SERVICE, 1, 25.00, 25.00",
            "reportExport.sheet.cooperation, reportFigure.cooperation, 3, 333.00, 305.00",
            "reportExport.sheet.cooperation, reportFigure.all, 6, 1403.00, 555.00"})
    void e8_figures(String sheet, String line, int contracts, String amount, String received) {
        String label = line.contains(".") ? I18n.t(line) : DealMode.valueOf(line).label();
        Row row = row(sheet, label);
        assertThat(number(row, 1)).isEqualByComparingTo(BigDecimal.valueOf(contracts));
        assertThat(number(row, 2)).isEqualByComparingTo(amount);
        assertThat(number(row, 3)).isEqualByComparingTo(received);
        assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void projectList_rowsAndReceivedColumn_equalTheJson() {
        List<Row> lines = listRows("reportExport.sheet.projects");
        JsonNode projects = json.get("projects");
        assertThat(lines).hasSize(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            assertThat(lines.get(i).getCell(1).getText()).isEqualTo(projects.get(i).get("resultTitles").asText());
            assertThat(number(lines.get(i), 11)).as("当年到账 of line %d", i + 1)
                    .isEqualByComparingTo(wan(projects.get(i).get("receivedInYear")));
        }
        Row total = SHEETS.get(I18n.t("reportExport.sheet.projects")).stream()
                .filter(r -> I18n.t("reportList.total").equals(text(r, 1))).findFirst().orElseThrow();
        assertThat(number(total, 10)).isEqualByComparingTo(wan(json.at("/totals/all/contractAmount")));
        assertThat(number(total, 11)).isEqualByComparingTo(wan(json.at("/totals/all/received")));
        // C3 (signed 2023) and C8 (2022) are listed for their 2024 receipts but not counted in the year
        assertThat(lines).extracting(r -> r.getCell(19).getText())
                .filteredOn(I18n.t("common.no")::equals).hasSize(2);
        List<Row> header = SHEETS.get(I18n.t("reportExport.sheet.projects")).stream()
                .filter(r -> I18n.t("reportList.no").equals(text(r, 0))).toList();
        assertThat(header).hasSize(1);
        assertThat(text(header.get(0), 10)).isEqualTo("合同金额(万元)");
        assertThat(text(header.get(0), 19)).isEqualTo("本年计入");
    }

    @Test
    void largeContracts_areC1C2C4() {
        assertThat(listRows("reportExport.sheet.large")).extracting(r -> r.getCell(1).getText())
                .containsExactly("合同C1", "合同C2", "合同C4");
        Row large = row("reportExport.sheet.conversion", "合同金额100万元及以上的合同");
        assertThat(number(large, 1)).isEqualByComparingTo("3");
    }

    @Test
    void traceSheet_hasOneRowPerFigureAndRecord() {
        int lines = pkg.current().trace().values().stream().mapToInt(List::size).sum();
        List<Row> rows = SHEETS.get(I18n.t("reportExport.sheet.trace")).stream()
                .filter(r -> text(r, 0).matches("[a-zA-Z]+\\.[\\w.]+")).toList();
        assertThat(rows).hasSize(lines);
        Row licence = rows.stream().filter(r -> text(r, 0).equals("modes.LICENSE.received")).findFirst().orElseThrow();
        assertThat(text(licence, 1)).isEqualTo("许可 · 当年到账");
        assertThat(text(licence, 3)).isEqualTo("C3 合同C3");
        assertThat(number(licence, 5)).isEqualByComparingTo("600000.00");
    }

    @Test
    void comparison_showsThreeYearsAndTheChange() {
        Row all = row("reportExport.sheet.comparison", "六种方式合计 · 项数");
        assertThat(all.getCellCount()).isGreaterThanOrEqualTo(5);
        assertThat(number(all, 3)).isEqualByComparingTo("6");
    }

    @Test
    void pages_areA4Landscape_andAmountsUseTheFormat0_00() throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet3.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("orientation=\"landscape\"", "paperSize=\"9\"", "fitToWidth=\"1\"", "<pane");
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(styles).contains("formatCode=\"0.00\"");
        }
        assertThat(SHEETS.keySet()).hasSize(10).contains("概况", "项目清单", "数据来源");
        assertThat(SHEETS.get("转让许可作价").get(0).getCell(0).getText())
                .isEqualTo("2024年度科技成果转化情况报告 — 三、科技成果转让、许可、作价投资情况");
    }

    private static void assertTally(Row row, JsonNode tally) {
        assertThat(number(row, 1)).isEqualByComparingTo(tally.get("contracts").decimalValue());
        assertThat(number(row, 2)).isEqualByComparingTo(wan(tally.get("contractAmount")));
        assertThat(number(row, 3)).isEqualByComparingTo(wan(tally.get("received")));
    }

    private static BigDecimal wan(JsonNode yuan) {
        return new BigDecimal(yuan.asText()).divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
    }

    /** The data lines of a list sheet: those numbered 1, 2, … in the first column. */
    private static List<Row> listRows(String sheetKey) {
        return SHEETS.get(I18n.t(sheetKey)).stream().filter(r -> r.getCell(0) != null
                && r.getCell(0).getType() == CellType.NUMBER).toList();
    }

    private static Row row(String sheetKey, String label) {
        return SHEETS.get(I18n.t(sheetKey)).stream().filter(r -> label.equals(text(r, 0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + sheetKey));
    }

    private static String text(Row row, int c) {
        Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
        return cell == null || cell.getText() == null ? "" : cell.getText();
    }

    private static BigDecimal number(Row row, int c) {
        Cell cell = row.getCell(c);
        assertThat(cell.getType()).as("cell %d of %s", c, text(row, 0)).isEqualTo(CellType.NUMBER);
        return cell.asNumber();
    }
}
