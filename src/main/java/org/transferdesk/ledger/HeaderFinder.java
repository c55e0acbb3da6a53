package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row of a sheet whose first rows are a title, 填报单位/日期 or a units row: the first row (of the
 * first {@value #LOOK_AHEAD}) naming at least two of the sheet's columns. The rows above it become the sheet's
 * preamble (where {@link SheetHeader} reads "单位：万元") and are named in a notice, never silently dropped.
 */
final class HeaderFinder {
    static final int LOOK_AHEAD = 10;

    private HeaderFinder() {
    }

    static RawSheet locate(RawSheet raw, ErrorList notices) {
        if (raw.headers().isEmpty() || namesColumns(raw.sheet(), raw.headers())) {
            return raw;
        }
        List<RawSheet.RawRow> rows = raw.rows();
        for (int k = 0; k < Math.min(LOOK_AHEAD, rows.size()); k++) {
            List<String> texts = texts(rows.get(k));
            if (namesColumns(raw.sheet(), texts)) {
                List<List<String>> preamble = new ArrayList<>(raw.preamble());
                preamble.add(raw.headers());
                for (int i = 0; i < k; i++) {
                    preamble.add(texts(rows.get(i)));
                }
                int headerRow = rows.get(k).number();
                notices.add(raw.sheet(), new ImportError(raw.name(), headerRow, "", "ledger.notice.titleRows",
                        headerRow, preamble.size()));
                return new RawSheet(raw.sheet(), raw.name(), headerRow, texts, rows.subList(k + 1, rows.size()),
                        preamble);
            }
        }
        return raw;
    }

    private static List<String> texts(RawSheet.RawRow row) {
        return row.cells().stream().map(RowCells::asText).toList();
    }

    /** Whether a row's texts name at least two of the sheet's columns (its header); also for {@link ProblemWorkbook}. */
    static boolean namesColumns(LedgerSheet sheet, List<String> cells) {
        long named = sheet.columns().stream().filter(c -> cells.stream().anyMatch(c::matches)).count();
        return named >= Math.min(2, sheet.columns().size());
    }
}
