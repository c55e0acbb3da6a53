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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.transferdesk.common.Labeled;

/**
 * Exports a table (any list on screen) to .xlsx or .csv. Values may be String, LocalDate,
 * LocalDateTime, numbers (BigDecimal, Integer, Long …), Boolean, labelled enums, or null (empty).
 * Files are written through {@link AtomicFile}: a failed export leaves no half file.
 */
public final class TableExport {
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String MONEY_FORMAT = "#,##0.00";
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

    private static void cell(Worksheet sheet, int r, int c, Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof LocalDateTime t) {
            sheet.value(r, c, t);
            sheet.style(r, c).format(DATE_TIME_FORMAT).set();
        } else if (value instanceof BigDecimal d && d.scale() == org.transferdesk.common.Money.SCALE) {
            // an amount in yuan shows to the fen (5,879.30, not 5879.3), as everywhere else in the app
            sheet.value(r, c, d);
            sheet.style(r, c).format(MONEY_FORMAT).set();
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        } else {
            sheet.value(r, c, text(value));
        }
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
