package org.transferdesk.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column sits in one sheet, and the name the file gives it (so messages use the
 * clerk's own header). A missing required column is one error for the sheet, reported here.
 */
final class SheetHeader {
    private final LedgerSheet sheet;
    private final String sheetName;
    private final Map<LedgerColumn, Integer> index = new HashMap<>();
    private final Map<LedgerColumn, String> names = new HashMap<>();

    private SheetHeader(LedgerSheet sheet, String sheetName) {
        this.sheet = sheet;
        this.sheetName = sheetName;
    }

    /** For a sheet the source does not have: every column absent, named as in the template. */
    static SheetHeader absent(LedgerSheet sheet) {
        return new SheetHeader(sheet, sheet.sheetName());
    }

    static SheetHeader of(RawSheet raw, ErrorList errors) {
        LedgerSheet sheet = raw.sheet();
        SheetHeader header = new SheetHeader(sheet, raw.name());
        List<String> headers = raw.headers();
        int headerRow = Math.max(raw.headerRow(), 1);
        String sheetName = raw.name();
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            for (LedgerColumn column : sheet.columns()) {
                if (!column.matches(text)) {
                    continue;
                }
                if (header.index.containsKey(column)) {
                    String first = header.names.get(column);
                    errors.add(sheet, new ImportError(sheetName, headerRow, text, "ledger.column.twice", first));
                } else {
                    header.index.put(column, i);
                    header.names.put(column, text.strip());
                }
            }
        }
        for (LedgerColumn column : sheet.columns()) {
            if (column.required() && !header.index.containsKey(column)) {
                String expected = column.name();
                errors.add(sheet, new ImportError(sheetName, headerRow, expected, "ledger.column.missing",
                        expected, column.alias()));
            }
        }
        return header;
    }

    LedgerSheet sheet() {
        return sheet;
    }

    String sheetName() {
        return sheetName;
    }

    boolean has(LedgerColumn column) {
        return index.containsKey(column);
    }

    /** -1 when the file has no such column. */
    int indexOf(LedgerColumn column) {
        return index.getOrDefault(column, -1);
    }

    /** The header as the file writes it, or the template's name when the column is absent. */
    String nameOf(LedgerColumn column) {
        return names.getOrDefault(column, column.name());
    }

    /** An error at a cell of this sheet; {@code column} null for the row as a whole. */
    ImportError error(int row, LedgerColumn column, String key, Object... args) {
        return new ImportError(sheetName, row, column == null ? "" : nameOf(column), key, args);
    }
}
