package org.transferdesk.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.export.print.PrintableXlsx;

/**
 * Exports a table (any list on screen) to .xlsx or .csv. Values may be String, LocalDate,
 * LocalDateTime, numbers (BigDecimal, Integer, Long …), Boolean, labelled enums, or null (empty).
 * Files are written through {@link AtomicFile}: a failed export leaves no half file.
 */
public final class TableExport {
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String MONEY_FORMAT = "#,##0.00";
    /**
     * A printed list's amounts: yuan, to the fen, with the currency sign (Excel's Chinese yuan format); a zero prints
     * blank, as the list on screen shows it, so the amounts that are there stand out (the cell still holds 0).
     */
    static final String LIST_MONEY_FORMAT = "[$¥-804]#,##0.00;-[$¥-804]#,##0.00;";
    /** The 0-based row of a printed list's column headers: the title and the filter line come before it. */
    public static final int LIST_HEADER_ROW = 2;
    /** The height in points of one line of a printed list's cell (the spreadsheet's default row). */
    private static final double LIST_LINE_HEIGHT = 15;
    /** A printed list's widest column; longer texts wrap inside it. */
    private static final int LIST_MAX_WIDTH = 40;
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    /** Widths are measured on the first rows only: enough to fit, cheap for 100k rows. */
    private static final int WIDTH_SAMPLE = 1000;
    private static final int FLUSH_EVERY = 10_000;

    private TableExport() {
    }

    /** One sheet of a workbook: its name, header and rows. */
    public record Table(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    /** One sheet: bold, frozen header row; dates as real date cells; columns wide enough for CJK text. */
    public static void writeXlsx(Path file, String sheetName, List<String> headers, List<? extends List<?>> rows) {
        writeXlsx(file, List.of(new Table(sheetName, headers, rows)));
    }

    /** Several sheets in one workbook, each as {@link #writeXlsx(Path, String, List, List)} writes one. */
    public static void writeXlsx(Path file, List<Table> tables) {
        writeXlsx(file, tables, java.util.Map.of());
    }

    /** As {@link #writeXlsx(Path, List)}, with custom document properties (e.g. the audit anchor, issue 22). */
    public static void writeXlsx(Path file, List<Table> tables, java.util.Map<String, String> properties) {
        AtomicFile.write(file, tables.stream().mapToLong(t -> t.rows().size()).sum(), out -> {
            Workbook workbook = new Workbook(out, "TransferDesk", "1.0");
            new java.util.TreeMap<>(properties).forEach(workbook.properties()::setTextProperty);
            for (Table table : tables) {
                writeSheet(workbook, table.name(), table.headers(), table.rows());
            }
            workbook.finish();
        });
    }

    private static void writeSheet(Workbook workbook, String sheetName, List<String> headers,
                                   List<? extends List<?>> rows) throws IOException {
        Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
        int[] widths = widths(headers, rows);
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, ColumnWidths.fit(widths[c]));
        }
        sheet.freezePane(0, 1);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        if (!headers.isEmpty()) {
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r + 1, c, row.get(c));
            }
            if ((r + 1) % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    /**
     * A list as shown on screen, laid out for print (issue 24): the title and a line with the filter used and the
     * export date above the column headers, which sit on row {@link #LIST_HEADER_ROW} (0-based) with the data below;
     * the header row frozen and repeated on every printed page, A4 one page wide (landscape when the columns are
     * wider than a portrait page), the title in the page header and page numbers in the footer. Amount columns print
     * as numbers in yuan. {@code filter} may be null (not told). Only the app's list exports use this: the ledger
     * export and the CLI keep {@link #writeXlsx}, whose header is the first row, as the import reads it.
     */
    public static void writeListXlsx(Path file, ListHeading heading, List<String> headers,
                                     List<? extends List<?>> rows) {
        AtomicFile.write(file, rows.size(), out -> {
            Workbook workbook = new Workbook(out, "TransferDesk", "1.0");
            writeListSheet(workbook.newWorksheet(safeSheetName(heading.title())), heading, headers, rows);
            workbook.finish();
        });
    }

    /**
     * What a printed list says above its table: its title, the filter that chose its rows in words (null: not told),
     * the export date (the application's clock) and the columns (0-based) holding amounts in yuan.
     */
    public record ListHeading(String title, String filter, LocalDate exported, Set<Integer> amountColumns) {
        public ListHeading {
            amountColumns = Set.copyOf(amountColumns);
        }
    }

    private static void writeListSheet(Worksheet sheet, ListHeading heading, List<String> headers,
                                       List<? extends List<?>> rows) throws IOException {
        int[] content = widths(headers, rows);
        int columns = Math.max(1, content.length);
        int last = columns - 1;
        double[] widths = new double[columns];
        boolean[] wrap = new boolean[columns];
        for (int c = 0; c < content.length; c++) {
            widths[c] = Math.min(ColumnWidths.fit(content[c]), LIST_MAX_WIDTH);
            wrap[c] = ColumnWidths.fit(content[c]) > LIST_MAX_WIDTH;
        }
        if (content.length == 0) {
            widths[0] = ColumnWidths.MIN;
        }
        double tableWidth = java.util.Arrays.stream(widths).sum();
        PrintableXlsx.a4(sheet, PrintableXlsx.widerThanPortrait(tableWidth), widths);
        String dated = I18n.t("listPrint.exported", heading.exported().toString(), rows.size());
        String note = heading.filter() == null ? dated : heading.filter() + "    " + dated;
        sheet.value(0, 0, heading.title());
        sheet.range(0, 0, 0, last).merge();
        sheet.range(0, 0, 0, last).style().bold().fontSize(14).verticalAlignment("center").set();
        sheet.rowHeight(0, 24);
        sheet.value(1, 0, note);
        sheet.range(1, 0, 1, last).merge();
        sheet.range(1, 0, 1, last).style().wrapText(true).verticalAlignment("top").set();
        sheet.rowHeight(1, Math.max(18, 15 * PrintableXlsx.lines(note, tableWidth)));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(LIST_HEADER_ROW, c, headers.get(c));
        }
        sheet.range(LIST_HEADER_ROW, 0, LIST_HEADER_ROW, last).style().bold().borderStyle(BorderStyle.THIN)
                .fillColor(PrintableXlsx.HEADER_FILL).horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).set();
        sheet.freezePane(0, LIST_HEADER_ROW + 1);
        sheet.repeatRows(LIST_HEADER_ROW);
        sheet.header(headerFooterText(heading.title()), Position.CENTER, 10);
        sheet.footer(headerFooterText(heading.title() + "  " + heading.exported()), Position.LEFT, 9);
        sheet.footer(I18n.t("listPrint.pageOf", "&P", "&N"), Position.RIGHT, 9);
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            int at = LIST_HEADER_ROW + 1 + r;
            // a spreadsheet does not grow a row for its wrapped text when it opens the file: without a height the
            // wrapped lines print over the next row
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                Object value = c < row.size() ? row.get(c) : null;
                String format = put(sheet, at, c, value);
                if (value instanceof Number && heading.amountColumns().contains(c)) {
                    format = LIST_MONEY_FORMAT;
                }
                var style = sheet.style(at, c).borderStyle(BorderStyle.THIN).verticalAlignment("center");
                if (format != null) {
                    style = style.format(format);
                }
                if (wrap[c] && !(value instanceof Number)) {
                    style = style.wrapText(true);
                    lines = Math.max(lines, PrintableXlsx.lines(text(value), widths[c]));
                }
                style.set();
            }
            if (lines > 1) {
                sheet.rowHeight(at, LIST_LINE_HEIGHT * lines);
            }
            if ((r + 1) % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    /** User text in a page header or footer, where "&" starts a field code (&P the page number). */
    private static String headerFooterText(String text) {
        return text.replace("&", "&&");
    }

    /** UTF-8 with a BOM (so Excel opens Chinese correctly), RFC 4180 quoting, ISO dates. */
    public static void writeCsv(Path file, List<String> headers, List<? extends List<?>> rows) {
        AtomicFile.write(file, rows.size(), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(CsvCells.safe(headers));
            for (List<?> row : rows) {
                List<String> texts = new ArrayList<>(row.size());
                for (Object value : row) {
                    texts.add(text(value));
                }
                printer.printRecord(CsvCells.safe(texts));
            }
            printer.flush();
        });
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        String format = put(sheet, r, c, value);
        if (format != null) {
            sheet.style(r, c).format(format).set();
        }
    }

    /** Writes the value as its kind of cell; returns the number format it needs (null: none). */
    private static String put(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            return DATE_FORMAT;
        } else if (value instanceof LocalDateTime t) {
            sheet.value(r, c, t);
            return DATE_TIME_FORMAT;
        } else if (value instanceof BigDecimal d && d.scale() == org.transferdesk.common.Money.SCALE) {
            // an amount in yuan shows to the fen (5,879.30, not 5879.3), as everywhere else in the app
            sheet.value(r, c, d);
            return MONEY_FORMAT;
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else {
            sheet.value(r, c, text(value));
        }
        return null;
    }

    /** The text a value shows as: ISO dates, plain decimals (never 1E+3), enum labels. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate() + " " + t.toLocalTime();
        }
        if (value instanceof Labeled l) {
            return l.label();
        }
        return value.toString();
    }

    private static int[] widths(List<String> headers, List<? extends List<?>> rows) {
        int columns = headers.size();
        for (int r = 0; r < Math.min(rows.size(), WIDTH_SAMPLE); r++) {
            columns = Math.max(columns, rows.get(r).size());
        }
        int[] widths = new int[columns];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = ColumnWidths.of(headers.get(c));
        }
        for (int r = 0; r < Math.min(rows.size(), WIDTH_SAMPLE); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                int w = v instanceof LocalDate ? DATE_FORMAT.length() : ColumnWidths.of(text(v));
                widths[c] = Math.max(widths[c], w);
            }
        }
        return widths;
    }

    /** Excel refuses []:*?/\ in sheet names and more than 31 characters. */
    public static String safeSheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
