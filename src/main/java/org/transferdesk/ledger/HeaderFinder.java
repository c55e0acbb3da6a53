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
        return grouped(titled(raw, notices), notices);
    }

    private static RawSheet titled(RawSheet raw, ErrorList notices) {
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
                // a column named only in the row above (合同编号 merged down over a two-row header in a CSV) keeps it
                List<String> above = preamble.get(preamble.size() - 1);
                return new RawSheet(raw.sheet(), raw.name(), headerRow, fillFrom(raw.sheet(), texts, above),
                        rows.subList(k + 1, rows.size()), preamble);
            }
        }
        return raw;
    }

    /**
     * Two-row grouped headers (合同信息 over 转化方式/签订日期/合同金额): when the row under the header names columns where
     * the header has a group label or nothing, and holds no figures or dates, both rows together are the header — each
     * column named by the lower row where it names one, else by the upper — and the notice names both rows.
     */
    private static RawSheet grouped(RawSheet raw, ErrorList notices) {
        if (raw.headers().isEmpty() || raw.rows().isEmpty()) {
            return raw;
        }
        RawSheet.RawRow below = raw.rows().get(0);
        if (below.cells().stream().anyMatch(c -> c != null && !(c instanceof String))) {
            return raw;
        }
        List<String> lower = texts(below);
        List<String> upper = raw.headers();
        boolean adds = false;
        for (int i = 0; i < lower.size(); i++) {
            String u = i < upper.size() ? upper.get(i) : null;
            if (names(raw.sheet(), lower.get(i)) && !names(raw.sheet(), u)) {
                adds = true;
            }
        }
        if (!adds) {
            return raw;
        }
        List<String> combined = new ArrayList<>();
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            String u = i < upper.size() ? upper.get(i) : null;
            String l = i < lower.size() ? lower.get(i) : null;
            combined.add(names(raw.sheet(), l) ? l : u);
        }
        List<List<String>> preamble = new ArrayList<>(raw.preamble());
        preamble.add(upper);
        notices.add(raw.sheet(), new ImportError(raw.name(), below.number(), "", "ledger.notice.groupedHeader",
                Math.max(raw.headerRow(), 1), below.number()));
        return new RawSheet(raw.sheet(), raw.name(), below.number(), combined,
                raw.rows().subList(1, raw.rows().size()), preamble);
    }

    private static List<String> fillFrom(LedgerSheet sheet, List<String> header, List<String> above) {
        List<String> out = new ArrayList<>(header);
        for (int i = 0; i < out.size() && i < above.size(); i++) {
            if ((out.get(i) == null || out.get(i).isBlank()) && names(sheet, above.get(i))) {
                out.set(i, above.get(i));
            }
        }
        return out;
    }

    private static boolean names(LedgerSheet sheet, String text) {
        return text != null && !text.isBlank() && sheet.columns().stream().anyMatch(c -> c.matches(text));
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
