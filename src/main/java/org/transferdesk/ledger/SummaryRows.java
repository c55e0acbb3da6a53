package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows a ledger keeps for people, not records: 合计/小计/总计 lines and year labels ("2023年" alone on a row between
 * the years' blocks). They are left out and named in a notice, never imported as a contract called 合计 nor
 * silently dropped.
 */
final class SummaryRows {
    private static final Pattern TOTAL = Pattern.compile("(合计|小计|总计|累计|本页小计|总合计)\\s*[:：]?");
    private static final Pattern YEAR_LABEL = Pattern.compile("\\d{4}\\s*年?度?");

    private SummaryRows() {
    }

    static RawSheet skip(RawSheet raw, ErrorList notices) {
        List<RawSheet.RawRow> kept = new ArrayList<>(raw.rows().size());
        List<Integer> skipped = new ArrayList<>();
        for (RawSheet.RawRow row : raw.rows()) {
            if (isSummary(row)) {
                skipped.add(row.number());
            } else {
                kept.add(row);
            }
        }
        if (skipped.isEmpty()) {
            return raw;
        }
        notices.add(raw.sheet(), new ImportError(raw.name(), 0, "", "ledger.notice.summaryRows", skipped.size(),
                LedgerSource.rowNumbers(skipped)));
        return new RawSheet(raw.sheet(), raw.name(), raw.headerRow(), raw.headers(), kept, raw.preamble());
    }

    private static boolean isSummary(RawSheet.RawRow row) {
        List<String> texts = row.cells().stream().map(RowCells::asText).filter(t -> t != null && !t.isBlank())
                .map(String::strip).toList();
        if (texts.stream().anyMatch(t -> TOTAL.matcher(t).matches())) {
            return true;
        }
        return texts.size() == 1 && row.cells().stream().noneMatch(c -> c instanceof java.math.BigDecimal)
                && YEAR_LABEL.matcher(texts.get(0)).matches();
    }
}
