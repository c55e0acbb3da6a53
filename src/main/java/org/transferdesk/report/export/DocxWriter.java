package org.transferdesk.report.export;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.transferdesk.common.I18n;
import org.transferdesk.export.DocxText;

/**
 * The few things the written report needs from XWPF: Chinese fonts on every run (Word picks the East Asian
 * font for Chinese text, so a run without one may print in a fallback or as boxes), headings, paragraphs,
 * bordered tables and A4 sections.
 */
final class DocxWriter {
    static final String BODY_FONT = DocxText.BODY_FONT;
    static final String HEADING_FONT = DocxText.HEADING_FONT;
    private static final String HEADER_FILL = "DDE4EE";
    /** A4 in twentieths of a point, and 2.5 cm / 2 cm margins. */
    private static final int A4_SHORT = DocxText.A4_SHORT;
    private static final int A4_LONG = DocxText.A4_LONG;
    private static final int MARGIN = 1418;
    private static final int NARROW_MARGIN = 1134;
    /** A table cell's left and right padding in twips: Word's default, and the narrow one of small print. */
    private static final int DEFAULT_CELL_MARGIN = 108;
    private static final int NARROW_CELL_MARGIN = 40;

    private final XWPFDocument doc;
    /** The text width of the section being written, in twips. */
    private int textWidth = A4_SHORT - 2 * MARGIN;

    DocxWriter(XWPFDocument doc) {
        this.doc = doc;
    }

    void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(240);
        run(p, text, HEADING_FONT, 18, true);
    }

    void heading(String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, text, HEADING_FONT, size, false);
    }

    /** Body text: one paragraph per line, first line indented two characters. */
    void text(String text) {
        for (String line : text.split("\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(420);
            p.setSpacingAfter(60);
            run(p, line.strip(), BODY_FONT, 10.5, false);
        }
    }

    void note(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(60);
        run(p, text, BODY_FONT, 9, false);
    }

    /**
     * A bordered table with a shaded header row across the text width, columns in proportion to
     * {@code widths} but never narrower than a code, date or figure in them needs ({@link DocxColumnWidths}); a fixed
     * layout, because Word and LibreOffice otherwise size columns by their content.
     */
    void table(ReportTable table, double[] widths, double fontSize) {
        if (table.caption() != null) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(120);
            p.setKeepNext(true);
            run(p, table.caption(), HEADING_FONT, fontSize + 0.5, false);
        }
        int columns = table.headers().size();
        List<ReportTable.Row> rows = table.rows().isEmpty()
                ? List.of(new ReportTable.Row(List.of(I18n.t("common.noRows")), false)) : table.rows();
        XWPFTable t = doc.createTable(rows.size() + 1, columns);
        t.setTableAlignment(TableRowAlign.CENTER);
        boolean smallPrint = fontSize < 8;
        if (smallPrint) {
            // a wide list in small print: narrow cell padding leaves room for the figures
            t.setCellMargins(20, NARROW_CELL_MARGIN, 20, NARROW_CELL_MARGIN);
        }
        int[] twips = DocxColumnWidths.of(widths, texts(table, rows), fontSize, textWidth,
                2 * (smallPrint ? NARROW_CELL_MARGIN : DEFAULT_CELL_MARGIN));
        t.setWidth(String.valueOf(IntStream.of(twips).sum()));
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.valueOf(twips[c]));
            cell.setColor(HEADER_FILL);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            fill(cell, table.flatHeader(c), true, ParagraphAlignment.CENTER, fontSize);
        }
        for (int r = 0; r < rows.size(); r++) {
            ReportTable.Row row = rows.get(r);
            XWPFTableRow tr = t.getRow(r + 1);
            tr.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                Object v = c < row.cells().size() ? row.cells().get(c) : null;
                XWPFTableCell cell = tr.getCell(c);
                cell.setWidth(String.valueOf(twips[c]));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                fill(cell, v == null ? "" : v.toString(), row.strong(), align(v), fontSize);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    /** Each column's texts as printed, header first: what its width must hold. */
    private static List<List<String>> texts(ReportTable table, List<ReportTable.Row> rows) {
        List<List<String>> texts = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            List<String> column = new ArrayList<>();
            column.add(table.flatHeader(c));
            for (ReportTable.Row row : rows) {
                Object v = c < row.cells().size() ? row.cells().get(c) : null;
                column.add(v == null ? "" : v.toString());
            }
            texts.add(column);
        }
        return texts;
    }

    /** Ends the current section (portrait A4) here; what follows goes to the next section. */
    void endPortraitSection() {
        XWPFParagraph p = doc.createParagraph();
        page(p.getCTP().addNewPPr().addNewSectPr(), false);
        textWidth = A4_LONG - 2 * NARROW_MARGIN;
    }

    /** The last section's page: A4, portrait or landscape. */
    void lastSection(boolean landscape) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(sect, landscape);
    }

    private static void page(CTSectPr sect, boolean landscape) {
        DocxText.a4(sect, landscape, MARGIN, landscape ? NARROW_MARGIN : MARGIN);
    }

    private static ParagraphAlignment align(Object v) {
        if (v instanceof ReportTable.Wan || v instanceof ReportTable.Yuan || v instanceof ReportTable.Share
                || v instanceof Integer) {
            return ParagraphAlignment.RIGHT;
        }
        return v instanceof LocalDate || ListTables.NONE.equals(v) || v instanceof ReportTable.NotRecorded
                ? ParagraphAlignment.CENTER
                : ParagraphAlignment.LEFT;
    }

    private static void fill(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align, double size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        String[] lines = text.split("\n", -1);
        XWPFRun run = run(p, lines[0], BODY_FONT, size, bold);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(xmlText(lines[i]));
        }
    }

    static String xmlText(String text) {
        return DocxText.xmlText(text);
    }

    static XWPFRun run(XWPFParagraph p, String text, String chineseFont, double size, boolean bold) {
        return DocxText.run(p, text, chineseFont, size, bold);
    }
}
