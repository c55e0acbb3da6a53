package org.transferdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.report.AnnualReports;
import org.transferdesk.report.E8Fixture;
import org.transferdesk.report.ReportContract;
import org.transferdesk.report.ReportConventions;
import org.transferdesk.report.ReportData;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportResult;

/**
 * The written report prints its project list on a landscape section and the rest portrait, and no patent number or
 * credit code in the list breaks across lines: its column is at least as wide as the code needs.
 */
class ReportDocxPrintLayoutTest {
    private static final String CREDIT_CODE = "91440300MA5G0ABC1X";
    private static final String PATENT = "ZL202310123456.7";
    /** The list's 7-point print and its cells' left and right padding (twips). */
    private static final double LIST_POINTS = 7;
    private static final int PADDING = 80;

    @TempDir
    Path tmp;

    /** Advance widths in Times New Roman (its AFM, thousandths of an em) of the characters the codes use. */
    private static final Map<Character, Integer> TIMES = Map.ofEntries(Map.entry('Z', 611), Map.entry('L', 611),
            Map.entry('M', 889), Map.entry('A', 722), Map.entry('G', 722), Map.entry('B', 667), Map.entry('C', 667),
            Map.entry('X', 722), Map.entry('.', 250));

    /** The width in twips a code needs on one line at the list's size, by the font's own widths. */
    private static int needed(String code) {
        double ems = 0;
        for (char ch : code.toCharArray()) {
            ems += Character.isDigit(ch) ? 0.5 : TIMES.get(ch) / 1000.0;
        }
        return (int) Math.ceil(ems * LIST_POINTS * 20) + PADDING;
    }

    /** A measure POI reads back as a number or text. */
    private static int twips(Object measure) {
        return new BigDecimal(measure.toString()).intValue();
    }

    private static ReportPackage withCodes() {
        List<ReportContract> contracts = new ArrayList<>();
        for (ReportContract c : E8Fixture.contracts()) {
            contracts.add(c.id() != 1 ? c : new ReportContract(c.id(), c.contractNo(), c.title(), c.mode(),
                    c.licenseKind(), DealStatus.PERFORMING, c.signedOn(), LocalDate.of(2024, 3, 20),
                    "2024440300001234", c.amount(), "深圳市某某新材料科技有限公司", CREDIT_CODE, null, false, null, null,
                    null, null, List.of(11L), BigDecimal.ZERO.setScale(2)));
        }
        ReportResult result = new ReportResult(11, "CG-2023-011", "一种高效锂电池正极材料及其制备方法", LocalDate.of(2023, 5, 1),
                "材料学院", ResultType.INVENTION_PATENT, FundingSource.FISCAL, false,
                List.of(PATENT, "ZL202310123457.1"));
        ReportData data = new ReportData(LocalDate.MIN, contracts, E8Fixture.receipts(), List.of(), List.of(result),
                List.of(), List.of(), List.of(), true);
        return new ReportPackage(AnnualReports.build(data, E8Fixture.YEAR, ReportConventions.DEFAULT),
                E8Fixture.text(), List.of());
    }

    @Test
    void theProjectListIsOnALandscapeSection_theRestPortrait_andNoCodeBreaks() throws IOException {
        Path file = tmp.resolve("report.docx");
        ReportDocx.write(file, withCodes());

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            // each table with the section it lies in: a section ends at a paragraph holding its sectPr, the last
            // section's is the body's
            List<XWPFTable> tables = new ArrayList<>();
            List<Integer> sectionOf = new ArrayList<>();
            List<CTSectPr> sections = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFTable t) {
                    tables.add(t);
                    sectionOf.add(sections.size());
                } else if (e instanceof XWPFParagraph p && p.getCTP().getPPr() != null
                        && p.getCTP().getPPr().getSectPr() != null) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());

            int list = -1;
            for (int i = 0; i < tables.size(); i++) {
                XWPFTableCell eighth = tables.get(i).getRow(0).getCell(7);
                if (eighth != null && eighth.getText().equals("统一社会信用代码") && list < 0) {
                    list = i;
                }
            }
            assertThat(list).as("the project list").isGreaterThan(0);
            CTSectPr listSection = sections.get(sectionOf.get(list));
            assertThat(listSection.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(twips(listSection.getPgSz().getW())).isGreaterThan(twips(listSection.getPgSz().getH()));
            for (int i = 0; i < tables.size(); i++) {
                boolean projectList = tables.get(i).getRow(0).getCell(0).getText().equals("序号")
                        && tables.get(i).getRow(0).getTableCells().size() == 20;
                CTSectPr section = sections.get(sectionOf.get(i));
                boolean landscape = section.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
                assertThat(landscape).as("table %d (%s…) landscape", i, tables.get(i).getRow(0).getCell(0).getText())
                        .isEqualTo(projectList);
                if (!landscape) {
                    assertThat(twips(section.getPgSz().getW())).isLessThan(twips(section.getPgSz().getH()));
                }
            }
            assertThat(sections).hasSize(2);

            XWPFTable t = tables.get(list);
            String row = t.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList().toString();
            assertThat(row).contains(CREDIT_CODE, PATENT);
            var grid = t.getCTTbl().getTblGrid();
            assertThat(twips(grid.getGridColArray(7).getW())).as("credit code column")
                    .isGreaterThanOrEqualTo(needed(CREDIT_CODE));
            assertThat(twips(grid.getGridColArray(3).getW())).as("patent number column")
                    .isGreaterThanOrEqualTo(needed(PATENT));
            assertThat(t.getRow(1).getCell(7).getWidth()).isEqualTo(twips(grid.getGridColArray(7).getW()));
            // two patents of one project each on a line of their own, not "a;b" breaking anywhere
            assertThat(t.getRow(1).getCell(3).getParagraphs().get(0).getRuns().get(0).getCTR().sizeOfBrArray())
                    .isEqualTo(1);
            int total = 0;
            for (int c = 0; c < grid.sizeOfGridColArray(); c++) {
                total += twips(grid.getGridColArray(c).getW());
            }
            // the list still fits the landscape text width (A4 long side less two 2 cm margins)
            assertThat(total).isLessThanOrEqualTo(16838 - 2 * 1134);
        }
    }

    @Test
    void aColumnIsAsWideAsItsLongestUnbreakableRun() {
        assertThat(DocxColumnWidths.widestRun("2024-03-15")).isEqualTo(4 * 0.5 + 2 * 0.34 + 4 * 0.5);
        assertThat(DocxColumnWidths.widestRun("一种高效锂电池")).isEqualTo(1.0);
        assertThat(DocxColumnWidths.widestRun("ab\nabc")).isEqualTo(1.5);
        assertThat(DocxColumnWidths.widestRun(null)).isZero();
        int[] twips = DocxColumnWidths.of(new double[] {1, 1, 2},
                List.of(List.of("长文本"), List.of("12345678901234567890"), List.of("短")), 10, 6000, 0);
        // the digits need 10 ems at 10 points (plus slack): more than a quarter of the width, the others share the rest
        assertThat(twips[1]).isEqualTo((int) Math.ceil(10 * 10 * 20 * 1.08));
        assertThat(twips[0] + twips[1] + twips[2]).isBetween(5997, 6000);
        assertThat((double) twips[2] / twips[0]).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    }
}
