package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.junit.jupiter.api.Tag;

/**
 * The problems of a check as a marked copy of the ledger: bad cells filled light red with the message as a comment,
 * a 问题 column, 问题汇总 for everything — from .xlsx (title rows above the header), .xls, .xlsm and CSV sources,
 * the source left byte for byte as it was.
 */
@Tag(TestDatabase.TAG)
class ProblemWorkbookTest {
    private static final String RED = ProblemWorkbook.ERROR_FILL;
    private static final String YELLOW = ProblemWorkbook.NOTICE_FILL;

    @TempDir
    Path tmp;

    private LedgerDb ledger;
    private LedgerImporter importer;

    @BeforeEach
    void setUp() {
        ledger = new LedgerDb(TestDatabase.CLOCK);
        importer = ledger.importer;
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    /**
     * 合同 with a title and a 填报单位 row above the header (row 3); row 5 has a date that is none and an amount
     * finer than a fen (a number cell formatted #,##0.000), row 6 an unknown 转化方式, no 对方名称 and a small amount.
     */
    private Path contractsWithTitle(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle fine = wb.createCellStyle();
            fine.setDataFormat(wb.createDataFormat().getFormat("#,##0.000"));
            Sheet s = wb.createSheet("合同");
            cells(s, 0, "2024年科技成果转化合同台账");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            cells(s, 1, "填报单位：科技处");
            cells(s, 2, "合同编号", "转化方式", "签订日期", "合同金额", "对方名称");
            Row c1 = cells(s, 3, "C1", "转让", null, null, "甲公司");
            number(c1, 2, date).setCellValue(LocalDate.of(2024, 3, 5));
            number(c1, 3, money).setCellValue(150_000.5);
            Row c2 = cells(s, 4, "C2", "转让", "2024-13-45", null, "乙公司");
            number(c2, 3, fine).setCellValue(1.234);
            Row c3 = cells(s, 5, "C3", "瞎写", null, null, null);
            number(c3, 2, date).setCellValue(LocalDate.of(2024, 4, 1));
            number(c3, 3, money).setCellValue(500);
            cells(wb.createSheet("说明"), 0, "填表说明");
            wb.write(out);
        }
        return file;
    }

    private static Row cells(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        return row;
    }

    private static Cell number(Row row, int c, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The solid fill's RGB, or null when the cell is not filled. */
    private static String fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    private static String comment(Cell cell) {
        return cell.getCellComment() == null ? null : cell.getCellComment().getString().getString();
    }

    private static String message(List<ImportError> problems, int row, String column) {
        return problems.stream().filter(e -> e.row() == row && e.column().equals(column)).findFirst().orElseThrow()
                .message();
    }

    @Test
    void badCellsUnderATitle_areFilledRed_withTheMessageAsComment_andAProblemColumn_theSourceUntouched()
            throws IOException {
        Path source = contractsWithTitle("合同台账.xlsx");
        byte[] before = Files.readAllBytes(source);
        FileTime modified = Files.getLastModifiedTime(source);
        ImportPreview preview = importer.preview(source, false, ProgressSink.NONE);
        List<ImportError> errors = preview.errors();
        assertThat(errors).extracting(ImportError::sheet, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("合同", 5, "签订日期", "ledger.cell.badDate"),
                        tuple("合同", 5, "合同金额", "ledger.cell.belowFen"),
                        tuple("合同", 6, "对方名称", "ledger.cell.required"),
                        tuple("合同", 6, "转化方式", "ledger.value.unmapped"));

        Path target = tmp.resolve("问题.xlsx");
        ProblemWorkbook.Summary summary = ProblemWorkbook.write(source, preview, false, target);

        assertThat(Files.readAllBytes(source)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(source)).isEqualTo(modified);
        assertThat(summary.file()).isEqualTo(target);
        assertThat(summary.problems()).isEqualTo(4);
        assertThat(summary.cells()).isEqualTo(4);
        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.sheets()).containsExactly("合同");
        assertThat(summary.listedOnly()).isZero();
        try (XSSFWorkbook wb = open(target)) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题汇总");
            assertThat(wb.getSheetName(1)).isEqualTo("合同");
            assertThat(wb.getSheetName(2)).isEqualTo("说明");
            Sheet s = wb.getSheet("合同");
            String badDate = message(errors, 5, "签订日期");
            String belowFen = message(errors, 5, "合同金额");
            assertThat(badDate).contains("不是有效日期");

            Cell fine = s.getRow(4).getCell(3);
            assertThat(fill(fine)).isEqualTo(RED);
            assertThat(comment(fine)).isEqualTo(belowFen);
            assertThat(fine.getNumericCellValue()).isEqualTo(1.234);
            assertThat(fine.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
            Cell text = s.getRow(4).getCell(2);
            assertThat(fill(text)).isEqualTo(RED);
            assertThat(text.getStringCellValue()).isEqualTo("2024-13-45");
            assertThat(comment(text)).isEqualTo(badDate);
            Cell empty = s.getRow(5).getCell(4);
            assertThat(fill(empty)).isEqualTo(RED);
            assertThat(empty.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(comment(empty)).isEqualTo(message(errors, 6, "对方名称"));
            assertThat(fill(s.getRow(5).getCell(1))).isEqualTo(RED);

            // good cells: as they were, dates and amounts with their formats
            Cell signed = s.getRow(3).getCell(2);
            assertThat(fill(signed)).isNull();
            assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(signed.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(s.getRow(3).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(fill(s.getRow(5).getCell(3))).as("the small amount: a notice, not written").isNull();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年科技成果转化合同台账");
            assertThat(s.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 4));

            // the 问题 column after the last one, on the header row (3) and the problem rows
            assertThat(s.getRow(2).getCell(5).getStringCellValue()).isEqualTo("问题");
            assertThat(s.getRow(0).getCell(5)).isNull();
            assertThat(s.getRow(3).getCell(5)).isNull();
            assertThat(s.getRow(4).getCell(5).getStringCellValue()).isEqualTo(badDate + "；" + belowFen);
            assertThat(s.getRow(5).getCell(5).getStringCellValue())
                    .isEqualTo(message(errors, 6, "对方名称") + "；" + message(errors, 6, "转化方式"));

            Sheet all = wb.getSheet("问题汇总");
            assertThat(texts(all.getRow(0))).containsExactly("工作表", "行", "列", "问题");
            assertThat(texts(all.getRow(1))).containsExactly("合同", "5", "签订日期", badDate);
            assertThat(all.getRow(1).getCell(1).getHyperlink().getAddress()).isEqualTo("'合同'!C5");
            assertThat(all.getLastRowNum()).isEqualTo(4);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getSheetAt(1).isSelected()).isFalse();
        }
    }

    @Test
    void notices_whenAsked_areYellowAndMarked_andSheetAndHeaderNotesAreNotLost() throws IOException {
        Path source = contractsWithTitle("合同台账.xlsx");
        ImportPreview preview = importer.preview(source, false, ProgressSink.NONE);
        assertThat(preview.notices()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).contains(tuple("说明", 0, "", "ledger.notice.sheetSkipped"),
                tuple("合同", 3, "", "ledger.notice.titleRows"),
                tuple("合同", 6, "合同金额", "ledger.warn.smallAmount"));
        Path target = tmp.resolve("问题.xlsx");
        ProblemWorkbook.Summary summary = ProblemWorkbook.write(source, preview, true, target);

        assertThat(summary.problems()).isEqualTo(preview.errors().size() + preview.notices().size());
        assertThat(summary.listedOnly()).isEqualTo(1); // 说明 is skipped: only 问题汇总 says so
        String small = message(preview.notices(), 6, "合同金额");
        assertThat(small).startsWith("请核对");
        try (XSSFWorkbook wb = open(target)) {
            Sheet s = wb.getSheet("合同");
            Cell amount = s.getRow(5).getCell(3);
            assertThat(fill(amount)).isEqualTo(YELLOW);
            assertThat(comment(amount)).isEqualTo("「提示」" + small);
            assertThat(amount.getNumericCellValue()).isEqualTo(500);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(fill(s.getRow(5).getCell(1))).isEqualTo(RED);
            assertThat(s.getRow(5).getCell(5).getStringCellValue()).endsWith("；「提示」" + small);
            // the title rows are said on the header row, which holds the column's name: as its comment
            Cell header = s.getRow(2).getCell(5);
            assertThat(header.getStringCellValue()).isEqualTo("问题");
            assertThat(comment(header)).isEqualTo(message(preview.notices(), 3, "")).startsWith("提示：");
            assertThat(fill(wb.getSheet("说明").getRow(0).getCell(0))).isNull();

            Sheet all = wb.getSheet("问题汇总");
            List<List<String>> listed = new ArrayList<>();
            for (int r = 1; r <= all.getLastRowNum(); r++) {
                listed.add(texts(all.getRow(r)));
            }
            assertThat(listed).contains(List.of("说明", "", "", message(preview.notices(), 0, "")));
            assertThat(listed).hasSize(summary.problems());
        }
    }

    @Test
    void problemsOfAWholeSheet_landOn问题汇总() throws IOException {
        Path source = TestWorkbook.create()
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"),
                        row("C1", "转让", "2024-03-05", 100_000, "甲公司"))
                .sheet("合同台账", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称"))
                .writeTo(tmp.resolve("twice.xlsx"));
        ImportPreview preview = importer.preview(source, false, ProgressSink.NONE);
        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::key)
                .containsExactly(tuple("合同台账", 0, "ledger.sheet.twice"));

        ProblemWorkbook.Summary summary = ProblemWorkbook.write(source, preview, false, tmp.resolve("p.xlsx"));

        assertThat(summary.listedOnly()).isEqualTo(1);
        assertThat(summary.sheets()).isEmpty();
        try (XSSFWorkbook wb = open(tmp.resolve("p.xlsx"))) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题汇总");
            assertThat(texts(wb.getSheetAt(0).getRow(1)))
                    .containsExactly("合同台账", "", "", preview.errors().get(0).message());
            assertThat(wb.getSheet("合同").getRow(0).getLastCellNum()).as("no 问题 column").isEqualTo((short) 5);
        }
    }

    @Test
    void aCsvFolder_becomesOneSheetPerFile_asText_GB18030Too() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("csv"));
        Files.writeString(folder.resolve("人员.csv"), "\uFEFF工号,姓名,院系\nT001,张三,材料学院\n00123,,材料学院\n",
                StandardCharsets.UTF_8);
        // GB18030, as Chinese Excel saves "CSV"; a blank line: the rows are numbered as the import numbers them
        Files.write(folder.resolve("合同.csv"), ("合同编号,转化方式,签订日期,合同金额,对方名称\r\n"
                + "C1,转让,2024-03-05,100000,甲公司\r\n\r\nC2,转让,2024年13月5日,\"1,000,000\",乙公司\r\n")
                .getBytes(Charset.forName("GB18030")));
        byte[] contracts = Files.readAllBytes(folder.resolve("合同.csv"));
        ImportPreview preview = importer.preview(folder, false, ProgressSink.NONE);
        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column,
                ImportError::key).containsExactly(tuple("人员", 3, "姓名", "validation.required"),
                tuple("合同", 4, "签订日期", "ledger.cell.badDate"));

        Path target = tmp.resolve("csv-问题.xlsx");
        ProblemWorkbook.Summary summary = ProblemWorkbook.write(folder, preview, true, target);

        assertThat(Files.readAllBytes(folder.resolve("合同.csv"))).isEqualTo(contracts);
        assertThat(summary.sheets()).containsExactly("人员", "合同");
        try (XSSFWorkbook wb = open(target)) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题汇总");
            Sheet people = wb.getSheet("人员");
            assertThat(texts(people.getRow(0))).containsExactly("工号", "姓名", "院系", "问题");
            Cell staffNo = people.getRow(2).getCell(0);
            assertThat(staffNo.getCellType()).isEqualTo(CellType.STRING);
            assertThat(staffNo.getStringCellValue()).isEqualTo("00123");
            assertThat(fill(people.getRow(2).getCell(1))).isEqualTo(RED);
            assertThat(people.getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo(message(preview.errors(), 3, "姓名"));

            Sheet deals = wb.getSheet("合同");
            assertThat(texts(deals.getRow(0))).containsExactly("合同编号", "转化方式", "签订日期", "合同金额", "对方名称",
                    "问题");
            assertThat(deals.getRow(1).getCell(4).getStringCellValue()).isEqualTo("甲公司");
            assertThat(deals.getRow(2)).isNull();
            Cell bad = deals.getRow(3).getCell(2);
            assertThat(bad.getStringCellValue()).isEqualTo("2024年13月5日");
            assertThat(fill(bad)).isEqualTo(RED);
            assertThat(comment(bad)).isEqualTo(message(preview.errors(), 4, "签订日期"));
            assertThat(deals.getRow(3).getCell(3).getStringCellValue()).isEqualTo("1,000,000");
            assertThat(deals.getRow(3).getCell(5).getStringCellValue())
                    .isEqualTo(message(preview.errors(), 4, "签订日期"));

            List<String> listed = new ArrayList<>();
            for (int r = 1; r <= wb.getSheetAt(0).getLastRowNum(); r++) {
                listed.add(wb.getSheetAt(0).getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(listed).anyMatch(m -> m.contains("GB18030") && m.startsWith("提示"));
        }
    }

    @Test
    void anOldExcelWorkbook_isCopiedAsXlsx_withItsFormats() throws IOException {
        Path source = tmp.resolve("合同.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(source)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle fine = wb.createCellStyle();
            fine.setDataFormat(wb.createDataFormat().getFormat("0.000"));
            Sheet s = wb.createSheet("合同");
            cells(s, 0, "合同编号", "转化方式", "签订日期", "合同金额", "对方名称");
            Row c1 = cells(s, 1, "C1", "转让", null, null, "甲公司");
            number(c1, 2, date).setCellValue(LocalDate.of(2024, 3, 5));
            number(c1, 3, fine).setCellValue(0.005);
            s.setColumnWidth(4, 30 * 256);
            cells(s, 2, "C9", "转让", "2024-03-06", "100", "作废公司").setZeroHeight(true);
            s.createFreezePane(0, 1);
            Sheet notes = wb.createSheet("说明");
            cells(notes, 0, "合计", null, "标题");
            notes.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            Cell sum = notes.getRow(0).createCell(1);
            sum.setCellFormula("1+2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sum);
            wb.write(out);
        }
        byte[] before = Files.readAllBytes(source);
        ImportPreview preview = importer.preview(source, false, ProgressSink.NONE);
        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "合同金额", "ledger.cell.belowFen"));

        Path target = tmp.resolve("合同-问题.xlsx");
        ProblemWorkbook.write(source, preview, false, target);

        assertThat(Files.readAllBytes(source)).isEqualTo(before);
        try (XSSFWorkbook wb = open(target)) {
            Sheet s = wb.getSheet("合同");
            Cell amount = s.getRow(1).getCell(3);
            assertThat(amount.getNumericCellValue()).isEqualTo(0.005);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(fill(amount)).isEqualTo(RED);
            assertThat(comment(amount)).isEqualTo(preview.errors().get(0).message());
            Cell signed = s.getRow(1).getCell(2);
            assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(signed.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(s.getColumnWidth(4)).isEqualTo(30 * 256);
            assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("问题");
            assertThat(s.getRow(2).getZeroHeight()).isTrue();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            Sheet notes = wb.getSheet("说明");
            assertThat(notes.getRow(0).getCell(1).getCellFormula()).isEqualTo("1+2");
            assertThat(notes.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(notes.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 2, 3));
        }
        // the copy imports like the original (its 问题 column and 问题汇总 are only noted)
        ImportPreview again = importer.preview(target, false, ProgressSink.NONE);
        assertThat(again.errors()).isEqualTo(preview.errors());
    }

    @Test
    void aMacroWorkbook_isCopiedWithoutItsMacros() throws Exception {
        Path source = tmp.resolve("台账.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(source)) {
            cells(wb.createSheet("合同"), 0, "合同编号", "合同金额");
            cells(wb.getSheet("合同"), 1, "C1", "很多");
            OPCPackage pkg = wb.getPackage();
            PackagePartName vba = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart part = pkg.createPart(vba, XSSFRelation.VBA_MACROS.getContentType());
            try (OutputStream bin = part.getOutputStream()) {
                bin.write(new byte[] {1, 2, 3});
            }
            wb.getPackagePart().addRelationship(vba, TargetMode.INTERNAL, XSSFRelation.VBA_MACROS.getRelation());
            wb.write(out);
        }
        List<ImportError> problems = List.of(new ImportError("合同", 2, "合同金额", "ledger.cell.badAmount", "很多"));

        Path target = tmp.resolve("台账-问题.xlsx");
        ProblemWorkbook.write(source, problems, List.of(), target);

        try (OPCPackage pkg = OPCPackage.open(target.toFile(), PackageAccess.READ)) {
            assertThat(pkg.getParts()).extracting(p -> p.getPartName().getName()).doesNotContain("/xl/vbaProject.bin");
        }
        try (XSSFWorkbook wb = open(target)) {
            assertThat(wb.getWorkbookType()).isEqualTo(XSSFWorkbookType.XLSX);
            assertThat(fill(wb.getSheet("合同").getRow(1).getCell(1))).isEqualTo(RED);
        }
    }

    @Test
    void tenThousandRows_withAThousandProblems_shareAFewStyles() throws IOException {
        Object[][] rows = new Object[10_001][];
        rows[0] = row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称");
        for (int i = 1; i < rows.length; i++) {
            rows[i] = row("C" + i, "转让", LocalDate.of(2024, 1, 1).plusDays(i % 300), i * 10.5, "公司" + i);
        }
        Path source = TestWorkbook.create().sheet("合同", rows).writeTo(tmp.resolve("big.xlsx"));
        List<ImportError> problems = new ArrayList<>();
        for (int r = 2; r <= 10_001; r += 10) {
            problems.add(new ImportError("合同", r, r % 20 == 2 ? "签订日期" : "合同金额", "ledger.cell.required"));
        }
        Path target = tmp.resolve("big-问题.xlsx");
        ProblemWorkbook.Summary summary = ProblemWorkbook.write(source, problems, List.of(), target);

        assertThat(summary.cells()).isEqualTo(1000);
        assertThat(summary.rows()).isEqualTo(1000);
        try (XSSFWorkbook wb = open(target)) {
            assertThat(wb.getNumCellStyles()).isLessThan(20);
            XSSFSheet s = wb.getSheet("合同");
            assertThat(s.getLastRowNum()).isEqualTo(10_000);
            assertThat(fill(s.getRow(9991).getCell(3))).isEqualTo(RED);
            assertThat(s.getRow(9991).getCell(3).getNumericCellValue()).isEqualTo(9991 * 10.5);
            assertThat(fill(s.getRow(9990).getCell(3))).isNull();
            assertThat(s.getRow(9991).getCell(5).getStringCellValue()).isEqualTo(I18n.t("ledger.cell.required"));
        }
    }

    @Test
    void exportingAgainFromTheCopy_reusesIts问题Column_andReplacesIts问题汇总() throws IOException {
        Path source = contractsWithTitle("合同台账.xlsx");
        ImportPreview preview = importer.preview(source, false, ProgressSink.NONE);
        Path first = tmp.resolve("first.xlsx");
        ProblemWorkbook.write(source, preview, false, first);

        ImportPreview again = importer.preview(first, false, ProgressSink.NONE);
        assertThat(again.errors()).isEqualTo(preview.errors());
        Path second = tmp.resolve("second.xlsx");
        ProblemWorkbook.write(first, again, true, second);

        try (XSSFWorkbook wb = open(second)) {
            assertThat(wb.getSheetName(0)).isEqualTo("问题汇总");
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet s = wb.getSheet("合同");
            assertThat(texts(s.getRow(2))).containsExactly("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "问题");
            assertThat(fill(s.getRow(2).getCell(5))).as("the note that 问题 is not imported: on 问题汇总 only").isNull();
            assertThat(s.getRow(4).getCell(5).getStringCellValue())
                    .isEqualTo(message(preview.errors(), 5, "签订日期") + "；" + message(preview.errors(), 5, "合同金额"));
            assertThat(s.getRow(4).getCell(6)).isNull();
        }
    }

    @Test
    void inEnglish_theColumnAndSummaryFollowTheLanguage_andTheSourceIsNeverTheTarget() throws IOException {
        Path source = contractsWithTitle("ledger.xlsx");
        I18n.setLocale(I18n.ENGLISH);
        ImportPreview preview = importer.preview(source, false, ProgressSink.NONE);
        Path target = tmp.resolve(ProblemWorkbook.suggestedFileName(source));
        assertThat(target.getFileName().toString()).isEqualTo("ledger-problems.xlsx");
        ProblemWorkbook.write(source, preview, false, target);
        try (XSSFWorkbook wb = open(target)) {
            assertThat(wb.getSheetName(0)).isEqualTo("All problems");
            assertThat(texts(wb.getSheetAt(0).getRow(0))).containsExactly("Sheet", "Row", "Column", "Problem");
            assertThat(wb.getSheet("合同").getRow(2).getCell(5).getStringCellValue()).isEqualTo("Problems");
        }

        byte[] before = Files.readAllBytes(source);
        assertThatThrownBy(() -> ProblemWorkbook.write(source, preview, false, source))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("key", "import.problemWorkbook.sameFile");
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }
}
