package org.transferdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportTables;
import org.transferdesk.report.ui.FigureTable;
import org.transferdesk.report.ui.ReportFigures;

/**
 * Issue 18 item 10: the screen, the XLSX, the DOCX and the JSON take every figure's label from the one table
 * model — each table of {@link ReportTables} appears in each output with the same row labels and headings —
 * and the screen's old second label set is gone from the bundles.
 */
class OneLabelSetTest {
    @TempDir
    static Path tmp;

    private static ReportPackage pkg;
    private static ReportTables model;
    private static final Map<String, List<List<String>>> SHEETS = new LinkedHashMap<>();
    private static final List<List<List<String>>> DOCX = new ArrayList<>();

    @BeforeAll
    static void writeAll() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        pkg = ReportJsonContractTest.richPackage();
        model = ReportTables.of(pkg);
        Path xlsx = tmp.resolve("r.xlsx");
        ReportXlsx.write(xlsx, pkg);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet s : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : s.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                    }
                    rows.add(cells);
                }
                SHEETS.put(s.getName(), rows);
            }
        }
        Path docx = tmp.resolve("r.docx");
        ReportDocx.write(docx, pkg);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow r : t.getRows()) {
                    rows.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList());
                }
                DOCX.add(rows);
            }
        }
    }

    private static List<String> labels(ReportTables.Table t) {
        return t.rows().stream().map(ReportTables.Row::label).toList();
    }

    private static List<String> headings(ReportTables.Table t) {
        return t.columns().stream().map(ReportTables.Column::heading).toList();
    }

    @Test
    void screen_showsEveryTableOfTheModel_withItsLabelsAndHeadings() {
        List<FigureTable> screen = ReportFigures.sections(model);
        assertThat(screen).extracting(FigureTable::title).containsExactlyInAnyOrderElementsOf(
                model.tables().stream().map(ReportTables.Table::title).toList());
        for (ReportTables.Table t : model.tables()) {
            FigureTable shown = screen.stream().filter(f -> f.title().equals(t.title())).findFirst().orElseThrow();
            assertThat(shown.rows()).extracting(FigureTable.Row::label).as(t.id()).isEqualTo(labels(t));
            assertThat(shown.columns()).as(t.id()).isEqualTo(headings(t));
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    assertThat(shown.rows().get(r).cell(c).path()).isEqualTo(t.rows().get(r).cells().get(c).path());
                    assertThat(shown.rows().get(r).cell(c).lines())
                            .isEqualTo(t.rows().get(r).cells().get(c).lines());
                }
            }
        }
        FigureTable overview = ReportFigures.overview(model);
        assertThat(overview.rows()).extracting(FigureTable.Row::label).isEqualTo(labels(model.comparison()));
        assertThat(overview.columns()).isEqualTo(headings(model.comparison()));
    }

    /** The workbook's sheet for each part holds its tables: caption, headings, then the rows' labels in order. */
    @ParameterizedTest(name = "part {0} on {1}")
    @CsvSource({"1, reportExport.sheet.overview", "2, reportExport.sheet.results", "3, reportExport.sheet.conversion",
            "4, reportExport.sheet.cooperation", "5, reportExport.sheet.rewards"})
    void xlsx_printsEachTableOfThePart_withTheModelsLabels(int part, String sheetKey) {
        List<List<String>> rows = SHEETS.get(I18n.t(sheetKey));
        assertThat(model.part(part)).isNotEmpty();
        for (ReportTables.Table t : model.part(part)) {
            int caption = indexOf(rows, List.of(t.title()), 0);
            List<String> header = new ArrayList<>(List.of(t.rowHeader()));
            header.addAll(headings(t));
            int head = indexOf(rows, header, caption + 1);
            assertThat(head).as("headings of %s", t.id()).isEqualTo(caption + 1);
            List<String> printed = rows.subList(head + 1, head + 1 + t.rows().size()).stream().map(r -> r.get(0))
                    .toList();
            assertThat(printed).as(t.id()).isEqualTo(labels(t));
        }
    }

    @Test
    void xlsx_comparisonAndTraceSheets_nameFiguresAsTheModel() {
        List<List<String>> comparison = SHEETS.get(I18n.t("reportExport.sheet.comparison"));
        List<String> header = new ArrayList<>(List.of(model.comparison().rowHeader()));
        header.addAll(headings(model.comparison()));
        int head = indexOf(comparison, header, 0);
        assertThat(comparison.subList(head + 1, head + 1 + model.comparison().rows().size()))
                .extracting(r -> r.get(0)).isEqualTo(labels(model.comparison()));
        List<List<String>> trace = SHEETS.get(I18n.t("reportExport.sheet.trace"));
        List<List<String>> traced = trace.stream().filter(r -> r.size() > 1 && model.figures().containsKey(r.get(0)))
                .toList();
        assertThat(traced).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(1)).isEqualTo(model.nameOf(r.get(0))));
    }

    @Test
    void docx_printsEveryTableOfTheModel_withItsLabelsAndHeadings() {
        for (ReportTables.Table t : model.tables()) {
            List<String> header = new ArrayList<>(List.of(t.rowHeader()));
            header.addAll(headings(t));
            List<List<String>> table = DOCX.stream().filter(d -> d.get(0).equals(header)
                    && d.subList(1, d.size()).stream().map(r -> r.get(0)).toList().equals(labels(t)))
                    .findFirst().orElse(null);
            assertThat(table).as("a table %s with the model's headings and labels", t.id()).isNotNull();
        }
        List<String> header = new ArrayList<>(List.of(model.comparison().rowHeader()));
        header.addAll(headings(model.comparison()));
        assertThat(DOCX).anyMatch(d -> d.get(0).equals(header)
                && d.subList(1, d.size()).stream().map(r -> r.get(0)).toList().equals(labels(model.comparison())));
    }

    @Test
    void json_namesEveryFigureAsTheModel() {
        JsonNode figures = ReportJson.tree(pkg).get("figures");
        int i = 0;
        for (ReportTables.Table t : model.tables()) {
            for (ReportTables.Row r : t.rows()) {
                for (int c = 0; c < r.cells().size(); c++) {
                    if (r.cells().get(c).path() == null) {
                        continue; // a list's text is no figure (the institutions' list: jointInstitutions.list)
                    }
                    JsonNode f = figures.get(i++);
                    assertThat(f.get("path").asText()).isEqualTo(r.cells().get(c).path());
                    assertThat(f.get("table").asText()).isEqualTo(t.title());
                    assertThat(f.get("row").asText()).isEqualTo(r.label());
                    assertThat(f.get("label").asText()).isEqualTo(r.cells().get(c).name());
                    if (t.columns().size() > 1) {
                        assertThat(f.get("column").asText()).isEqualTo(t.columns().get(c).label());
                        assertThat(f.get("label").asText()).endsWith(r.label() + " · " + t.columns().get(c).label());
                    }
                }
            }
        }
        assertThat(figures.size()).isEqualTo(i);
    }

    @Test
    void everyFigure_hasOnePath() {
        long cells = model.tables().stream().flatMap(t -> t.cells().stream()).filter(c -> c.path() != null).count();
        assertThat(model.table("institutionList").cells()).isNotEmpty()
                .allMatch(c -> c.path() == null && c.kind() == ReportTables.Kind.TEXT);
        assertThat(model.figures()).hasSize((int) cells);
    }

    /** The screen's label set (reportFig.*, reportSection.*, reportCol.*) is gone; one wording per figure. */
    @ParameterizedTest
    @CsvSource({"messages.properties, Rewards to key contributors to research and conversion",
            "messages_zh_CN.properties, 奖励研发与转化主要贡献人员"})
    void theDuplicateLabelSet_isGone(String bundle, String keyContributors) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/transferdesk/i18n/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(p.stringPropertyNames()).noneMatch(k -> k.startsWith("reportFig.") || k.startsWith("reportSection.")
                || k.startsWith("reportCol."));
        assertThat(p.getProperty("reportFigure.keyContributors")).isEqualTo(keyContributors);
    }

    @Test
    void keyContributorLine_readsAsDomainSays_everywhere() {
        String label = "奖励研发与转化主要贡献人员";
        assertThat(labels(model.table("rewards"))).contains(label);
        assertThat(SHEETS.get(I18n.t("reportExport.sheet.rewards"))).anyMatch(r -> r.get(0).equals(label));
        assertThat(DOCX).anyMatch(t -> t.stream().anyMatch(r -> r.get(0).equals(label)));
        assertThat(ReportJson.tree(pkg).get("figures").findValuesAsText("row")).contains(label);
    }

    /** The first row at or after {@code from} that begins with {@code cells}. */
    private static int indexOf(List<List<String>> rows, List<String> cells, int from) {
        for (int i = Math.max(0, from); i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() >= cells.size() && r.subList(0, cells.size()).equals(cells)) {
                return i;
            }
        }
        throw new AssertionError("no row " + cells + " from " + from);
    }
}
