package org.transferdesk.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.transferdesk.common.ProgressSink;

/** Reads the ledger sheets of an .xlsx workbook (streaming); other sheets are skipped unread. */
final class XlsxReader {
    private XlsxReader() {
    }

    static Map<LedgerSheet, RawSheet> read(Path file, ErrorList errors, ErrorList notices, boolean includeHidden, MappingLog log,
                                           ProgressSink progress) throws IOException {
        Map<LedgerSheet, RawSheet> sheets = new EnumMap<>(LedgerSheet.class);
        // withCellFormat: date cells are numbers, only their format tells them apart
        Map<String, List<org.apache.poi.ss.util.CellRangeAddress>> merges = XlsxMerges.of(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            boolean date1904 = workbook.isDate1904();
            for (Sheet sheet : workbook.getSheets().toList()) {
                String name = sheet.getName();
                LedgerSheet kind = LedgerSource.accept(name, sheets, errors, notices, log, progress);
                if (kind == null) {
                    continue;
                }
                sheets.put(kind, readSheet(kind, sheet, date1904, notices, includeHidden,
                        XlsxMerges.covered(merges.getOrDefault(name, List.of())), progress));
            }
        }
        return sheets;
    }

    /**
     * Hidden rows (filtered out, often voided contracts) are left out and named in a notice: importing what the
     * clerk does not see would be a surprise, and leaving it out silently another.
     */
    private static RawSheet readSheet(LedgerSheet kind, Sheet sheet, boolean date1904, ErrorList notices,
                                      boolean includeHidden, Map<Long, Long> merged, ProgressSink progress)
            throws IOException {
        // a merged cell's value fills every row it spans (a contract number merged over its three receipts)
        Map<Long, Object> origins = new java.util.HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>(merged.values());
        Map<Integer, Integer> widths = new java.util.HashMap<>();
        merged.keySet().forEach(k -> widths.merge((int) (k >> 16), (int) (k & 0xFFFF) + 1, Math::max));
        List<String> headers = null;
        int headerRow = 0;
        List<RawSheet.RawRow> rows = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                if (row.isHidden() && !includeHidden) {
                    hidden.add(row.getRowNum());
                    if (!merged.isEmpty()) {
                        // a hidden row may still hold the value a merged region shows in the visible ones
                        fillMerged(new ArrayList<>(row.getCells(0, row.getCellCount()).stream()
                                .map(c -> c == null ? null : value(c, date1904)).toList()), row.getRowNum() - 1, merged,
                                wanted, origins, widths);
                    }
                    continue;
                }
                int row0 = row.getRowNum() - 1;
                List<Object> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getOptionalCell(i).map(c -> value(c, date1904)).orElse(null));
                }
                if (!merged.isEmpty()) {
                    fillMerged(cells, row0, merged, wanted, origins, widths);
                }
                LedgerLimits.checkRow(sheet.getName(), row.getRowNum(), cells);
                if (RawSheet.RawRow.isBlank(cells)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells.stream().map(RowCells::asText).toList();
                    headerRow = row.getRowNum();
                } else {
                    rows.add(new RawSheet.RawRow(row.getRowNum(), cells));
                    LedgerLimits.checkRows(sheet.getName(), rows.size());
                    if (rows.size() % 1000 == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        }
        LedgerSource.noteHidden(kind, sheet.getName(), hidden, notices);
        return new RawSheet(kind, sheet.getName(), headerRow, headers == null ? List.of() : headers, rows);
    }

    /** Records the top-left values of merged regions and copies them into the cells the regions cover. */
    private static void fillMerged(List<Object> cells, int row0, Map<Long, Long> merged, java.util.Set<Long> wanted,
                                   Map<Long, Object> origins, Map<Integer, Integer> widths) {
        for (int c = 0; c < cells.size(); c++) {
            long k = XlsxMerges.key(row0, c);
            if (wanted.contains(k) && cells.get(c) != null) {
                origins.put(k, cells.get(c));
            }
        }
        // covered cells beyond the row's last written cell
        int maxCol = Math.max(cells.size(), widths.getOrDefault(row0, 0));
        while (cells.size() < maxCol) {
            cells.add(null);
        }
        for (int c = 0; c < cells.size(); c++) {
            Long origin = merged.get(XlsxMerges.key(row0, c));
            if (origin != null && cells.get(c) == null && origins.containsKey(origin)) {
                cells.set(c, origins.get(origin));
            }
        }
    }

    static Object value(Cell cell, boolean date1904) {
        return switch (cell.getType()) {
            case EMPTY -> null;
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean();
            case NUMBER -> number(cell, cell.asNumber(), date1904);
            case FORMULA -> formulaResult(cell, date1904);
            case ERROR -> cell.getRawValue();
        };
    }

    private static Object number(Cell cell, BigDecimal n, boolean date1904) {
        if (n != null && ExcelDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            Object date = ExcelDates.fromSerial(n, date1904);
            return date == null ? n : date;
        }
        if (n != null && isPercentFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return new PercentCell(n);
        }
        return n;
    }

    /** Built-in formats 9 (0%) and 10 (0.00%), or a custom format with a % outside quotes. */
    static boolean isPercentFormat(Integer id, String format) {
        if (id != null && (id == 9 || id == 10)) {
            return true;
        }
        return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    /** The cached result of a formula: a number when it looks like one, else its text. */
    private static Object formulaResult(Cell cell, boolean date1904) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return number(cell, new BigDecimal(raw.strip()), date1904);
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
