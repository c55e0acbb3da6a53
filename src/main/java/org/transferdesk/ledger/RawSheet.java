package org.transferdesk.ledger;

import java.util.List;

/**
 * One sheet as read from the source, before any interpretation. {@code name} is the name the source
 * gives it (worksheet name or CSV base name), so messages point the clerk to what they see. {@code preamble}
 * holds the rows above the header (a title, 填报单位, "单位：万元"), as text.
 */
record RawSheet(LedgerSheet sheet, String name, int headerRow, List<String> headers, List<RawRow> rows,
                List<List<String>> preamble) {

    RawSheet(LedgerSheet sheet, String name, int headerRow, List<String> headers, List<RawRow> rows) {
        this(sheet, name, headerRow, headers, rows, List.of());
    }


    /**
     * One non-blank data row; {@code number} is the 1-based spreadsheet row. Cells are String,
     * BigDecimal (numeric cells), LocalDate (date cells), Boolean, or null (empty).
     */
    record RawRow(int number, List<Object> cells) {
        Object cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        static boolean isBlank(List<Object> cells) {
            return cells.stream().allMatch(c -> c == null || c instanceof String s && s.isBlank());
        }
    }
}
