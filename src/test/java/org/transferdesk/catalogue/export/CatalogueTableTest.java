package org.transferdesk.catalogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTableTest {
    private static final List<String> HEADERS = List.of("成果编号", "成果名称", "英文名称", "成果简介", "英文简介",
            "技术领域", "应用领域", "成熟度", "技术就绪度（TRL）", "知识产权", "合作方式", "参考条件", "联系人", "联系电话",
            "电子邮箱", "发布日期");

    @TempDir
    Path tmp;

    @Test
    void xlsx_hasTheChineseHeaders_andOneRowPerResult() throws IOException {
        Path file = tmp.resolve("目录.xlsx");
        CatalogueTable.writeXlsx(file, CatalogueCorpus.entries());

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(sheet.getSheetName()).isEqualTo("科技成果目录");
            assertThat(cells(sheet.getRow(0), f)).containsExactlyElementsOf(HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(cells(sheet.getRow(1), f)).containsExactly("CG-2024-001", "硅碳负极材料及其制备方法",
                    "Silicon–carbon anode material and its preparation",
                    CatalogueCorpus.entries().get(0).summaryZh(), CatalogueCorpus.entries().get(0).summaryEn(),
                    "新能源", "锂电池、储能", "中试", "6", "发明专利 ZL202310000001.X 一种硅碳复合负极材料的制备方法（已授权）",
                    "许可、转让", "许可费面议，可分期", "王敏", "027-8765 4321", "wangmin@example.edu.cn", "2026-11-20");
            assertThat(f.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo(CatalogueCorpus.HOSTILE_TITLE);
        }
    }

    private static List<String> cells(Row row, DataFormatter f) {
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(f.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    @Test
    void csv_isExcelsUtf8_withTheSameColumns_andAFormulaLikeCellNeutralised() throws IOException {
        Path file = tmp.resolve("目录.csv");
        CatalogueTable.writeCsv(file, CatalogueCorpus.entries());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.skip(1);
            List<CSVRecord> records = CSVFormat.RFC4180.parse(r).getRecords();
            assertThat(records).hasSize(6);
            assertThat(records.get(0).toList()).containsExactlyElementsOf(HEADERS);
            assertThat(records.get(3).get(1)).isEqualTo("玉米抗旱新品种“豫丰9号”");
            assertThat(records.get(3).get(8)).isEmpty();
            assertThat(records.get(4).get(1)).isEqualTo(CatalogueCorpus.HOSTILE_TITLE);
            assertThat(records.get(4).get(11)).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
            assertThat(records.get(5).get(9)).isEqualTo("发明专利 202210000030.1 一种硫化物固态电解质薄膜（实审中）");
        }
    }
}
