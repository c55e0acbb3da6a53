package org.transferdesk.report.export;

import java.io.IOException;
import java.time.LocalDate;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.common.I18n;
import org.transferdesk.export.TableExport;
import org.transferdesk.export.print.PrintableXlsx;

/**
 * Writes {@link ReportSheet}s with FastExcel, laid out like the pilot and reward exports: A4 landscape fitted
 * to the page width, a bold title, bordered tables with a shaded header, amounts as numbers (万元 and 元 with
 * the format 0.00, so the sheet still adds up in Excel).
 */
final class ReportSheetWriter {
    private static final String AMOUNT = "0.00";
    private static final String SHARE = "0.00%";
    private static final double MAX_ROW_HEIGHT = 409;

    private final Worksheet ws;
    private final ReportSheet sheet;
    private final int last;
    private final double pageWidth;
    private int row;

    private ReportSheetWriter(Worksheet ws, ReportSheet sheet) {
        this.ws = ws;
        this.sheet = sheet;
        this.last = sheet.widths().length - 1;
        double w = 0;
        for (double x : sheet.widths()) {
            w += x;
        }
        this.pageWidth = w;
    }

    static void write(Workbook workbook, ReportSheet sheet) throws IOException {
        new ReportSheetWriter(workbook.newWorksheet(TableExport.safeSheetName(sheet.name())), sheet).write();
    }

    private void write() {
        PrintableXlsx.a4(ws, true, sheet.widths());
        ws.value(row, 0, sheet.title());
        ws.range(row, 0, row, last).merge();
        ws.range(row, 0, row, last).style().bold().fontSize(14).horizontalAlignment("center")
                .verticalAlignment("center").set();
        ws.rowHeight(row, 28);
        row++;
        if (sheet.inWan()) {
            ws.value(row, 0, I18n.t("reportExport.unitWan"));
            ws.range(row, 0, row, last).merge();
            ws.range(row, 0, row, last).style().horizontalAlignment("right").set();
        }
        row++;
        boolean single = sheet.blocks().size() == 1 && sheet.tableCount() == 1;
        if (!single) {
            ws.freezePane(0, row);
        }
        for (ReportSheet.Block block : sheet.blocks()) {
            if (block instanceof ReportSheet.Heading h) {
                ws.value(row, 0, h.text());
                ws.range(row, 0, row, last).merge();
                ws.range(row, 0, row, last).style().bold().fontSize(12).verticalAlignment("center").set();
                ws.rowHeight(row, 22);
                row++;
            } else if (block instanceof ReportSheet.Paragraph p) {
                paragraph(p.text());
            } else if (block instanceof ReportSheet.Table t) {
                table(t.table(), single);
                row++;
            }
        }
        for (String note : sheet.notes()) {
            paragraph(note);
        }
    }

    private void paragraph(String text) {
        // a row per line: one cell of thousands of characters would outgrow Excel's row height
        for (String line : text.split("\n", -1)) {
            ws.value(row, 0, line);
            ws.range(row, 0, row, last).merge();
            ws.range(row, 0, row, last).style().wrapText(true).verticalAlignment("top").set();
            ws.rowHeight(row, Math.min(MAX_ROW_HEIGHT, Math.max(18, 16 * lines(line, pageWidth * 0.9))));
            row++;
        }
    }

    private void table(ReportTable table, boolean freeze) {
        int columns = table.headers().size();
        int end = columns - 1;
        if (table.caption() != null) {
            ws.value(row, 0, table.caption());
            ws.range(row, 0, row, last).merge();
            ws.style(row, 0).bold().verticalAlignment("center").set();
            ws.rowHeight(row, 20);
            row++;
        }
        int first = row;
        ReportTable.Group g = table.group();
        for (int c = 0; c < columns; c++) {
            boolean grouped = g != null && c >= g.first() && c <= g.last();
            ws.value(grouped ? row + 1 : row, c, table.headers().get(c));
            if (g != null && !grouped) {
                ws.range(row, c, row + 1, c).merge();
            }
        }
        if (g != null) {
            ws.value(row, g.first(), g.text());
            ws.range(row, g.first(), row, g.last()).merge();
        }
        int headerRows = g == null ? 1 : 2;
        ws.range(row, 0, row + headerRows - 1, end).style().bold().borderStyle(BorderStyle.THIN)
                .fillColor(PrintableXlsx.HEADER_FILL).horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).set();
        int height = 1;
        for (int c = 0; c < columns; c++) {
            height = Math.max(height, lines(table.headers().get(c), sheet.widths()[c]));
        }
        for (int r = 0; r < headerRows; r++) {
            ws.rowHeight(row + r, 15 * height + 6);
        }
        row += headerRows;
        if (freeze) {
            ws.freezePane(0, row);
            ws.repeatRows(first, row - 1);
        }
        for (ReportTable.Row r : table.rows()) {
            cells(r, columns);
            row++;
        }
        if (table.rows().isEmpty()) {
            ws.value(row, 0, I18n.t("common.noRows"));
            ws.range(row, 0, row, end).merge();
            ws.range(row, 0, row, end).style().borderStyle(BorderStyle.THIN).horizontalAlignment("center").set();
            ws.rowHeight(row, 18);
            row++;
        }
    }

    private void cells(ReportTable.Row r, int columns) {
        int height = 1;
        for (int c = 0; c < columns; c++) {
            Object v = c < r.cells().size() ? r.cells().get(c) : null;
            var style = ws.style(row, c).borderStyle(BorderStyle.THIN).verticalAlignment("center").wrapText(true);
            if (r.strong()) {
                style = style.bold();
            }
            if (v instanceof ReportTable.Wan w) {
                ws.value(row, c, w.value());
                style.format(AMOUNT).horizontalAlignment("right").set();
            } else if (v instanceof ReportTable.Yuan y) {
                ws.value(row, c, y.value());
                style.format(AMOUNT).horizontalAlignment("right").set();
            } else if (v instanceof ReportTable.Share s) {
                ws.value(row, c, s.fraction());
                style.format(SHARE).horizontalAlignment("right").set();
            } else if (v instanceof Integer i) {
                ws.value(row, c, i);
                style.horizontalAlignment("right").set();
            } else if (v instanceof LocalDate d) {
                ws.value(row, c, d);
                style.format(PrintableXlsx.DATE).horizontalAlignment("center").set();
            } else {
                String text = v == null ? "" : v.toString();
                if (!text.isEmpty()) {
                    ws.value(row, c, text);
                }
                (ListTables.NONE.equals(text) || v instanceof ReportTable.NotRecorded
                        ? style.horizontalAlignment("center") : style).set();
                height = Math.max(height, lines(text, sheet.widths()[c]));
            }
        }
        ws.rowHeight(row, Math.min(MAX_ROW_HEIGHT, Math.max(18, 15 * height + 4)));
    }

    /** How many printed lines wrapped text takes in a cell {@code width} units wide: as the A4 sheets count them. */
    static int lines(String text, double width) {
        return PrintableXlsx.lines(text, width);
    }
}
