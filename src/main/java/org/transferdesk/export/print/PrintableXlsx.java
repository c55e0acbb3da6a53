package org.transferdesk.export.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.export.ColumnWidths;

/**
 * Writes {@link PrintableSheet}s as one workbook laid out for A4: fitted to the page width, the table's
 * header row frozen and repeated on every printed page, money right-aligned with thousands separators.
 */
public final class PrintableXlsx {
    /** Excel number formats the printable sheets use; shared so other workbooks format money and dates alike. */
    public static final String MONEY = "#,##0.00";
    public static final String DATE = "yyyy-mm-dd";
    /** The shade of a table's header row. */
    public static final String HEADER_FILL = "DDE4EE";
    /** Excel width units across A4 portrait with half-inch side margins (7.27 in at about 7.3 units per inch). */
    private static final double A4_PORTRAIT_UNITS = 95;

    private PrintableXlsx() {
    }

    public static void write(Path file, List<PrintableSheet> sheets) {
        AtomicFile.write(file, out -> {
            Workbook workbook = new Workbook(out, "TransferDesk", "1.0");
            for (PrintableSheet sheet : sheets) {
                write(workbook.newWorksheet(org.transferdesk.export.TableExport.safeSheetName(sheet.name())), sheet);
            }
            workbook.finish();
        });
    }

    private static void write(Worksheet ws, PrintableSheet sheet) throws IOException {
        int last = Math.max(1, sheet.columns().size()) - 1;
        a4(ws, sheet.landscape(), sheet.columns().stream().mapToDouble(PrintableSheet.Column::width).toArray());
        double pageWidth = sheet.columns().stream().mapToDouble(PrintableSheet.Column::width).sum();
        int row = 0;
        ws.value(row, 0, sheet.title());
        ws.range(row, 0, row, last).merge();
        ws.range(row, 0, row, last).style().bold().fontSize(16).horizontalAlignment("center")
                .verticalAlignment("center").set();
        ws.rowHeight(row, 30);
        row += 2;
        for (String paragraph : sheet.intro()) {
            row = paragraph(ws, row, last, paragraph, pageWidth);
        }
        if (!sheet.intro().isEmpty()) {
            row++;
        }
        for (PrintableSheet.Fact fact : sheet.facts()) {
            int labelEnd = sheet.columns().size() > 3 ? 1 : 0;
            ws.value(row, 0, fact.label());
            ws.value(row, labelEnd + 1, fact.value());
            if (labelEnd > 0) {
                ws.range(row, 0, row, labelEnd).merge();
            }
            ws.range(row, labelEnd + 1, row, last).merge();
            ws.range(row, 0, row, labelEnd).style().bold().borderStyle(BorderStyle.THIN).verticalAlignment("center")
                    .wrapText(true).set();
            ws.range(row, labelEnd + 1, row, last).style().borderStyle(BorderStyle.THIN).verticalAlignment("center")
                    .wrapText(true).set();
            double valueWidth = pageWidth - widthOf(sheet, 0, labelEnd);
            ws.rowHeight(row, Math.max(20, 15 * lines(fact.value(), valueWidth)));
            row++;
        }
        if (!sheet.facts().isEmpty()) {
            row++;
        }
        int header = row;
        for (int c = 0; c < sheet.columns().size(); c++) {
            ws.value(row, c, sheet.columns().get(c).header());
        }
        ws.range(row, 0, row, last).style().bold().borderStyle(BorderStyle.THIN).fillColor(HEADER_FILL)
                .horizontalAlignment("center").verticalAlignment("center").wrapText(true).set();
        ws.rowHeight(row, 15 * maxLines(sheet.headers(), sheet) + 6);
        ws.freezePane(0, header + 1);
        ws.repeatRows(header);
        row++;
        for (List<Object> cells : sheet.rows()) {
            row(ws, row, sheet, cells, cells.stream().anyMatch(PrintableSheet.Strong.class::isInstance));
            row++;
        }
        if (sheet.totals() != null) {
            row(ws, row, sheet, sheet.totals(), true);
            row++;
        }
        if (!sheet.closing().isEmpty()) {
            row++;
        }
        for (String paragraph : sheet.closing()) {
            row = paragraph(ws, row, last, paragraph, pageWidth);
        }
        if (!sheet.signature().isEmpty()) {
            row++;
        }
        for (String line : sheet.signature()) {
            ws.value(row, 0, line);
            ws.range(row, 0, row, last).merge();
            ws.range(row, 0, row, last).style().horizontalAlignment("right").verticalAlignment("center").set();
            ws.rowHeight(row, 22);
            row++;
        }
    }

    /**
     * Lays a sheet out for A4: as wide as one page and as many pages long as it takes, with narrow margins, its
     * columns as wide as given (Excel's character units).
     */
    public static void a4(Worksheet ws, boolean landscape, double... widths) {
        a4WithSideMargins(ws, landscape, 0.5f, widths);
        ws.topMargin(0.6f);
        ws.bottomMargin(0.6f);
    }

    /**
     * The same A4 layout with {@code sideMargin} inches left and right, and the top and bottom margins left to the
     * spreadsheet's defaults (as a one-page notice is laid out).
     */
    public static void a4WithSideMargins(Worksheet ws, boolean landscape, float sideMargin, double... widths) {
        fitToA4Width(ws, landscape);
        ws.leftMargin(sideMargin);
        ws.rightMargin(sideMargin);
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }

    /**
     * Whether columns this wide (Excel units, summed) need a landscape page: A4 portrait with the narrow margins of
     * {@link #a4} holds about 95 units at full size; wider tables would shrink below a readable size.
     */
    public static boolean widerThanPortrait(double totalWidth) {
        return totalWidth > A4_PORTRAIT_UNITS;
    }

    /** Prints a sheet on A4, as wide as one page and as many pages long as it takes; margins and widths as they are. */
    public static void fitToA4Width(Worksheet ws, boolean landscape) {
        ws.pageOrientation(landscape ? "landscape" : "portrait");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    private static void row(Worksheet ws, int r, PrintableSheet sheet, List<Object> cells, boolean total) {
        int height = 1;
        for (int c = 0; c < sheet.columns().size(); c++) {
            Object v = c < cells.size() ? cells.get(c) : null;
            var style = ws.style(r, c).borderStyle(BorderStyle.THIN).verticalAlignment("center").wrapText(true);
            if (total) {
                style = style.bold();
            }
            if (v instanceof BigDecimal amount) {
                ws.value(r, c, amount);
                style.format(MONEY).horizontalAlignment("right").set();
            } else if (v instanceof LocalDate d) {
                ws.value(r, c, d);
                style.format(DATE).horizontalAlignment("center").set();
            } else if (v instanceof Integer i) {
                ws.value(r, c, i);
                style.horizontalAlignment("center").set();
            } else if (v instanceof PrintableSheet.Fraction f) {
                ws.value(r, c, f.toString());
                style.horizontalAlignment("right").set();
            } else {
                String text = v == null ? "" : v.toString();
                if (!text.isEmpty()) {
                    ws.value(r, c, text);
                }
                style.set();
                height = Math.max(height, lines(text, sheet.columns().get(c).width()));
            }
        }
        ws.rowHeight(r, Math.max(20, 15 * height + 4));
    }

    private static int paragraph(Worksheet ws, int row, int last, String text, double width) {
        ws.value(row, 0, text);
        ws.range(row, 0, row, last).merge();
        ws.range(row, 0, row, last).style().wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(row, Math.max(18, 17 * lines(text, width * 0.9)));
        return row + 1;
    }

    private static double widthOf(PrintableSheet sheet, int from, int to) {
        double w = 0;
        for (int c = from; c <= to && c < sheet.columns().size(); c++) {
            w += sheet.columns().get(c).width();
        }
        return w;
    }

    private static int maxLines(List<String> texts, PrintableSheet sheet) {
        int lines = 1;
        for (int c = 0; c < texts.size(); c++) {
            lines = Math.max(lines, lines(texts.get(c), sheet.columns().get(c).width()));
        }
        return lines;
    }

    /** How many printed lines wrapped text takes in a cell of {@code width} units (merged cells: their sum). */
    public static int lines(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int total = 0;
        for (String part : text.split("\n", -1)) {
            // a CJK character prints a little narrower than the two units ColumnWidths counts
            total += Math.max(1, (int) Math.ceil(ColumnWidths.of(part) * 0.9 / Math.max(1.0, width - 1)));
        }
        return total;
    }
}
