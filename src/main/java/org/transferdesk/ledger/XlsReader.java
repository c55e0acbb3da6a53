package org.transferdesk.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.transferdesk.common.ProgressSink;

/**
 * Reads Excel 97–2003 workbooks (.xls) and WPS spreadsheets (.et, the same binary format) with Apache POI, into
 * the same raw sheets as {@link XlsxReader}: date and percent cells typed, hidden rows left out and named, and —
 * what the streaming .xlsx reader cannot see — a merged cell's value filled into every row it spans (a contract
 * number merged over its three receipts belongs to each of them).
 */
final class XlsReader {
    private XlsReader() {
    }

    static Map<LedgerSheet, RawSheet> read(Path file, ErrorList errors, ErrorList notices, boolean includeHidden, MappingLog log,
                                           ProgressSink progress) throws IOException {
        Map<LedgerSheet, RawSheet> sheets = new EnumMap<>(LedgerSheet.class);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                LedgerSheet kind = LedgerSource.accept(name, sheets, errors, notices, log, progress);
                if (kind == null) {
                    continue;
                }
                sheets.put(kind, readSheet(kind, sheet, notices, includeHidden));
            }
        }
        return sheets;
    }

    private static RawSheet readSheet(LedgerSheet kind, Sheet sheet, ErrorList notices, boolean includeHidden)
            throws LedgerLimits.Exceeded {
        Map<Long, Object> merged = mergedValues(sheet);
        List<String> headers = null;
        int headerRow = 0;
        List<RawSheet.RawRow> rows = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getZeroHeight() && !includeHidden) {
                hidden.add(r + 1);
                continue;
            }
            int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
            List<Object> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                Object value = merged.containsKey(key(r, c)) ? merged.get(key(r, c)) : value(row.getCell(c));
                cells.add(value);
            }
            LedgerLimits.checkRow(sheet.getSheetName(), r + 1, cells);
            if (RawSheet.RawRow.isBlank(cells)) {
                continue;
            }
            if (headers == null) {
                headers = cells.stream().map(RowCells::asText).toList();
                headerRow = r + 1;
            } else {
                rows.add(new RawSheet.RawRow(r + 1, cells));
                LedgerLimits.checkRows(sheet.getSheetName(), rows.size());
            }
        }
        LedgerSource.noteHidden(kind, sheet.getSheetName(), hidden, notices);
        return new RawSheet(kind, sheet.getSheetName(), headerRow, headers == null ? List.of() : headers, rows);
    }

    /** Every cell a merged region covers, with the value of its top-left cell. */
    private static Map<Long, Object> mergedValues(Sheet sheet) {
        Map<Long, Object> values = new java.util.HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row top = sheet.getRow(region.getFirstRow());
            Object value = top == null ? null : value(top.getCell(region.getFirstColumn()));
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    values.put(key(r, c), value);
                }
            }
        }
        return values;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case NUMERIC -> number(cell);
            default -> null;
        };
    }

    private static Object number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        // the shortest decimal that reads back as the stored double: 0.1 stays 0.1, not 0.1000000000000000055…
        BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (XlsxReader.isPercentFormat((int) (cell.getCellStyle() == null ? -1 : cell.getCellStyle().getDataFormat()),
                format)) {
            return new PercentCell(n);
        }
        return n;
    }
}
