package org.transferdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.UserFacingException;

class TableExportTest {
    private static final List<String> HEADERS = List.of("成果名称", "披露日期", "金额（元）", "件数", "保密", "备注");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("一种高效锂电池正极材料", LocalDate.of(2024, 3, 1), new BigDecimal("1234567.89"), 3, true, null),
            Arrays.asList("含\"引号\",逗号\n和换行", LocalDate.of(2023, 12, 31), new BigDecimal("-0.50"), 12L, false,
                    "x"));

    @TempDir
    Path tmp;

    @Test
    void xlsx_roundTripsTypedCells_withBoldFrozenHeader() throws IOException {
        Path file = tmp.resolve("成果.xlsx");
        TableExport.writeXlsx(file, "成果列表", HEADERS, ROWS);

        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("成果列表");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).stream().map(Cell::getText)).containsExactlyElementsOf(HEADERS);
            Row first = rows.get(1);
            assertThat(first.getCell(0).asString()).isEqualTo("一种高效锂电池正极材料");
            Cell date = first.getCell(1);
            assertThat(date.getType()).isEqualTo(CellType.NUMBER);
            assertThat(date.getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("1234567.89");
            assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("3");
            assertThat(first.getCell(4).asBoolean()).isTrue();
            assertThat(first.getOptionalCell(5).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
            assertThat(rows.get(2).getCell(0).asString()).isEqualTo("含\"引号\",逗号\n和换行");
            assertThat(rows.get(2).getCell(2).asNumber()).isEqualByComparingTo("-0.5");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheetXml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheetXml).contains("state=\"frozen\"").contains("<col ");
            assertThat(styles).contains("<b");
        }
        assertThat(Files.list(tmp)).containsExactly(file);
    }

    /** A list of results as the 成果 page exports it: wide enough to need a landscape page. */
    private static final List<String> WIDE_HEADERS = List.of("成果编号", "成果名称", "院系", "类型", "状态", "披露日期",
            "合同金额（元）", "到账（元）", "知识产权", "负责人", "备注");

    private static List<List<Object>> wideRows(int count) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(Arrays.asList("R-2024-" + i, "一种高效锂电池正极材料及其制备方法第" + i + "号", "材料科学与工程学院", "发明专利",
                    "已签订", LocalDate.of(2024, 3, 1).plusDays(i), new BigDecimal("1234567.89"),
                    i == 1 ? null : new BigDecimal("500.00"), "ZL202310123456.7", "张三", "x"));
        }
        return rows;
    }

    private static TableExport.ListHeading heading(String filter) {
        return new TableExport.ListHeading("成果列表", filter, LocalDate.of(2026, 12, 7), java.util.Set.of(6, 7));
    }

    @Test
    void listXlsx_printsLandscapeOnePageWide_withTitleFilterAndRepeatedFrozenHeader() throws IOException {
        Path file = tmp.resolve("成果列表.xlsx");
        TableExport.writeListXlsx(file, heading("筛选：状态 = 已签订；搜索 “深圳”"), WIDE_HEADERS, wideRows(120));

        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("成果列表");
            var print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(TableExport.LIST_HEADER_ROW);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(TableExport.LIST_HEADER_ROW);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("成果列表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("筛选：状态 = 已签订；搜索 “深圳”    导出日期 2026-12-07，共 120 行");
            var header = sheet.getRow(TableExport.LIST_HEADER_ROW);
            for (int c = 0; c < WIDE_HEADERS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(WIDE_HEADERS.get(c));
            }
            assertThat(header.getCell(0).getCellStyle().getFillForegroundColorColor()).isNotNull();

            var first = sheet.getRow(TableExport.LIST_HEADER_ROW + 1);
            var amount = first.getCell(6);
            assertThat(amount.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234567.89);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo(TableExport.LIST_MONEY_FORMAT)
                    .startsWith("[$¥-804]#,##0.00;");
            assertThat(first.getCell(7) == null || first.getCell(7).getCellType()
                    == org.apache.poi.ss.usermodel.CellType.BLANK).isTrue();
            assertThat(sheet.getRow(TableExport.LIST_HEADER_ROW + 2).getCell(7).getCellStyle().getDataFormatString())
                    .contains("¥");
            var date = first.getCell(5);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 2));
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("ZL202310123456.7");
            assertThat(sheet.getLastRowNum()).isEqualTo(TableExport.LIST_HEADER_ROW + 120);

            // POI reads the header with its font codes in front
            assertThat(sheet.getHeader().getCenter()).endsWith("&10&K000000成果列表");
            assertThat(sheet.getFooter().getRight()).contains("&P").contains("&N");
            assertThat(sheet.getFooter().getLeft()).contains("2026-12-07");
        }
    }

    @Test
    void aNarrowListPrintsPortrait_andAnUntoldFilterIsLeftOut() throws IOException {
        Path file = tmp.resolve("人员.xlsx");
        TableExport.writeListXlsx(file, new TableExport.ListHeading("人员 & 团队", null, LocalDate.of(2026, 12, 7),
                java.util.Set.of()), List.of("姓名", "工号"), List.of(List.of("张三", "10001")));

        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出日期 2026-12-07，共 1 行");
            // a lone "&" would start a field code in the page header
            assertThat(sheet.getHeader().getCenter()).endsWith("K000000人员 && 团队");
            assertThat(sheet.getRow(TableExport.LIST_HEADER_ROW + 1).getCell(1).getStringCellValue())
                    .isEqualTo("10001");
        }
    }

    @Test
    void aRowWhoseTextWraps_isAsHighAsItsLines_soTheyDoNotPrintOverTheNextRow() throws IOException {
        Path file = tmp.resolve("待办.xlsx");
        String action = "第 3 年度年费未缴且宽限期已于 2026-10-06 届满：核实专利权是否已终止，可否请求恢复权利";
        TableExport.writeListXlsx(file, new TableExport.ListHeading("待办", null, LocalDate.of(2026, 12, 7),
                java.util.Set.of()), List.of("到期日", "应办事项"), List.of(List.of("2026-04-06", action),
                List.of("2026-04-10", "短")));

        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            var wrapped = sheet.getRow(TableExport.LIST_HEADER_ROW + 1);
            assertThat(wrapped.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(wrapped.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
            assertThat(sheet.getRow(TableExport.LIST_HEADER_ROW + 2).getHeightInPoints()).isEqualTo(15f);
        }
    }

    @Test
    void csv_hasBom_quotesPerRfc4180_andIsoDates() throws IOException {
        Path file = tmp.resolve("成果.csv");
        TableExport.writeCsv(file, HEADERS, ROWS);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (Reader in = new StringReader(text); CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).toList()).containsExactlyElementsOf(HEADERS);
            assertThat(records.get(1).toList())
                    .containsExactly("一种高效锂电池正极材料", "2024-03-01", "1234567.89", "3", "true", "");
            assertThat(records.get(2).get(0)).isEqualTo("含\"引号\",逗号\n和换行");
            assertThat(records.get(2).get(2)).isEqualTo("-0.50");
        }
        assertThat(text).contains("\r\n");
    }

    @Test
    void failedExport_leavesNoHalfFile() throws IOException {
        Path blocked = Files.createDirectories(tmp.resolve("out.csv"));
        Files.writeString(blocked.resolve("keep.txt"), "a folder in the way");

        assertThatThrownBy(() -> TableExport.writeCsv(blocked, HEADERS, ROWS)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("ledger.export.failed");
        assertThat(Files.list(tmp)).containsExactly(blocked);
    }

    @Test
    void sheetNames_thatExcelRefuses_areCleaned() {
        assertThat(TableExport.safeSheetName("a/b:c?")).isEqualTo("a_b_c_");
        assertThat(TableExport.safeSheetName(" ")).isEqualTo("Sheet1");
        assertThat(TableExport.safeSheetName("x".repeat(40))).hasSize(31);
    }

    @Test
    void widths_countChineseCharactersDouble() {
        assertThat(ColumnWidths.of("成果名称")).isEqualTo(8);
        assertThat(ColumnWidths.of("abc")).isEqualTo(3);
        assertThat(ColumnWidths.of("第一行\nab")).isEqualTo(6);
        assertThat(ColumnWidths.fit(200)).isEqualTo(ColumnWidths.MAX);
    }

    /** Issue 19: user text that reads like a formula is text in both formats (CSV quoted, XLSX a string cell). */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1",
            "\t=1", "\r=1");

    @Test
    void csv_neutralisesFormulaLikeText_butKeepsNegativeAmountsNumbers() throws IOException {
        Path file = tmp.resolve("f.csv");
        List<List<Object>> rows = FORMULAS.stream().map(f -> Arrays.<Object>asList(f, new BigDecimal("-0.50"))).toList();
        TableExport.writeCsv(file, List.of("=名称", "金额"), rows);
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).get(0)).isEqualTo("'=名称");
            assertThat(records.subList(1, records.size())).extracting(r -> r.get(0))
                    .containsExactlyElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
            assertThat(records.subList(1, records.size())).extracting(r -> r.get(1)).containsOnly("-0.50");
        }
    }

    @Test
    void xlsx_writesFormulaLikeTextAsStringCells_neverAsFormulas() throws IOException {
        Path file = tmp.resolve("f.xlsx");
        TableExport.writeXlsx(file, "s", List.of("名称"), FORMULAS.stream().map(f -> List.<Object>of(f)).toList());
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCell(0).getType()).containsOnly(CellType.STRING);
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCell(0).getFormula()).containsOnlyNulls();
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCell(0).getText())
                    .containsExactlyElementsOf(FORMULAS);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        }
    }
}
