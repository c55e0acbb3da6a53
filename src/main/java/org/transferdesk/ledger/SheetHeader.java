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
    private final Map<LedgerColumn, HeaderUnit> units = new HashMap<>();
    /** Amount columns whose unit the header or a units row states (so a small figure is not suspected of 万元). */
    private final java.util.Set<LedgerColumn> stated = new java.util.HashSet<>();
    /** Values read through another spelling, in the order first seen. */
    private final Map<Spelling, Reading> readings = new java.util.LinkedHashMap<>();

    private record Spelling(LedgerColumn column, String text) {
    }

    /** What a spelling was read as, the row it was first seen on and how many cells use it. */
    private static final class Reading {
        final String label;
        final int firstRow;
        int cells;

        Reading(String label, int firstRow) {
            this.label = label;
            this.firstRow = firstRow;
        }
    }

    /** The columns that hold amounts in yuan: the ones a unit in the header or a units row applies to. */
    static final java.util.Set<LedgerColumn> AMOUNTS = java.util.Set.of(LedgerSheet.Columns.CONTRACT_AMOUNT,
            LedgerSheet.Columns.AMOUNT, LedgerSheet.Columns.TAX_WITHHELD);

    private SheetHeader(LedgerSheet sheet, String sheetName) {
        this.sheet = sheet;
        this.sheetName = sheetName;
    }

    /** For a sheet the source does not have: every column absent, named as in the template. */
    static SheetHeader absent(LedgerSheet sheet) {
        return new SheetHeader(sheet, sheet.sheetName());
    }

    /**
     * Reads the header: where each column is, the unit of each amount column, and — as notices, so the clerk sees
     * them in the preview — every header cell that names no column (its values are not imported) and every
     * amount column read in 万元.
     */
    static SheetHeader of(RawSheet raw, ErrorList errors, ErrorList notices) {
        LedgerSheet sheet = raw.sheet();
        SheetHeader header = new SheetHeader(sheet, raw.name());
        List<String> headers = raw.headers();
        int headerRow = Math.max(raw.headerRow(), 1);
        String sheetName = raw.name();
        HeaderUnit sheetUnit = raw.preamble().stream().flatMap(List::stream)
                .map(HeaderUnit::inUnitsRow).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i);
            boolean named = false;
            for (LedgerColumn column : sheet.columns()) {
                if (!column.matches(text)) {
                    continue;
                }
                named = true;
                if (header.index.containsKey(column)) {
                    String first = header.names.get(column);
                    errors.add(sheet, new ImportError(sheetName, headerRow, text, "ledger.column.twice", first));
                } else {
                    header.index.put(column, i);
                    header.names.put(column, text.strip());
                    if (AMOUNTS.contains(column)) {
                        header.readUnit(column, text, sheetUnit, headerRow, errors, notices);
                    }
                }
            }
            if (!named && text != null && !text.isBlank()) {
                notices.add(sheet, new ImportError(sheetName, headerRow, text.strip(), "ledger.notice.ignoredColumn"));
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

    private void readUnit(LedgerColumn column, String text, HeaderUnit sheetUnit, int headerRow, ErrorList errors,
                          ErrorList notices) {
        HeaderUnit.Found found = HeaderUnit.inHeader(text, column);
        HeaderUnit unit;
        if (found instanceof HeaderUnit.Known known) {
            unit = known.unit();
            stated.add(column);
        } else if (found instanceof HeaderUnit.Unknown unknown) {
            errors.add(sheet, new ImportError(sheetName, headerRow, text.strip(), "ledger.column.unit", unknown.text()));
            return;
        } else {
            unit = sheetUnit == null ? HeaderUnit.YUAN : sheetUnit;
            if (sheetUnit != null) {
                stated.add(column);
            }
        }
        units.put(column, unit);
        if (unit == HeaderUnit.WAN) {
            notices.add(sheet, new ImportError(sheetName, headerRow, text.strip(), "ledger.notice.wan"));
        }
    }

    /** Records that {@code text} in {@code column} was read as {@code label} (synonym tables, DOMAIN §9). */
    void noteMapping(LedgerColumn column, String text, String label, int row) {
        readings.computeIfAbsent(new Spelling(column, text), k -> new Reading(label, row)).cells++;
    }

    /** One notice per distinct value read through another spelling, with its first row and how many cells. */
    void mappingNotices(ErrorList notices) {
        readings.forEach((spelling, reading) -> notices.add(sheet, new ImportError(sheetName, reading.firstRow,
                nameOf(spelling.column()), "ledger.notice.valueAs", spelling.text(), reading.label, reading.cells)));
    }

    /** Whether the header or a units row says which unit the column is in. */
    boolean unitStated(LedgerColumn column) {
        return stated.contains(column);
    }

    /** The unit the column's amounts are written in (yuan unless the header or a units row says 万元). */
    HeaderUnit unitOf(LedgerColumn column) {
        return units.getOrDefault(column, HeaderUnit.YUAN);
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
