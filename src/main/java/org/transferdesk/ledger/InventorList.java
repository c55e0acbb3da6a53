package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.INVENTORS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transferdesk.common.Percent;
import org.transferdesk.ledger.LedgerRows.InventorEntry;

/**
 * 完成人: {@code 工号:份额} joined by {@code ;}, a {@code *} after the share marking a key contributor,
 * e.g. {@code T001:40*;T002:25*;T003:20;T004:15}. Full-width ；：＊ are accepted, as Chinese input
 * methods type them, and so are 、 and , between entries and {@code 张三(40%)} with the share in brackets. An entry
 * may name the person instead of the staff number ({@link InventorNames} resolves it); a cell without any share
 * (张三、李四) is a question for the clerk (equal shares?), split equally only once the mapping says so.
 */
final class InventorList {
    private static final Pattern ENTRY = Pattern.compile("([^:：]+)[:：]([^*＊]+)([*＊]?)");
    /** 张三(40%), 张三（40）*: a name or staff number with its share in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("([^(（]+)[(（]\\s*([0-9.]+\\s*[%％]?)\\s*[)）]\\s*([*＊]?)");

    private InventorList() {
    }

    /**
     * 100% in {@code n} equal shares to the 4 decimals a share keeps; the first takes what division leaves over
     * (3 → 33.3334, 33.3333, 33.3333), so the shares sum to exactly 100%.
     */
    static List<Percent> equalShares(int n) {
        java.math.BigDecimal each = java.math.BigDecimal.valueOf(100).divide(java.math.BigDecimal.valueOf(n), 4,
                java.math.RoundingMode.DOWN);
        java.math.BigDecimal first = java.math.BigDecimal.valueOf(100).subtract(each.multiply(java.math.BigDecimal.valueOf(n - 1)));
        List<Percent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Percent.ofPercent(i == 0 ? first : each));
        }
        return out;
    }

    /** The well-formed entries; each malformed one is reported. */
    static List<InventorEntry> parse(String text, RowCells cells) {
        List<InventorEntry> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        String[] tokens = text.split("[;；、,，]");
        // only names or staff numbers, no share syntax at all (T001=100 is a malformed entry, reported below)
        boolean anyShare = text.matches("(?s).*[:：(（)）=%％*＊].*");
        if (!anyShare && !text.isBlank()) {
            // 张三、李四: equal shares only when the clerk said so (a question for the sheet), never a silent guess
            if (!cells.equalSharesConfirmed()) {
                // the import is refused until it is answered; the entries still go on, so the names and the key
                // contributors are asked about in the same round
                cells.askShares(INVENTORS, text.strip());
            }
            List<String> names = java.util.Arrays.stream(tokens).map(String::strip).filter(t -> !t.isEmpty()).toList();
            List<Percent> shares = equalShares(names.size());
            for (int i = 0; i < names.size(); i++) {
                entries.add(new InventorEntry(names.get(i), shares.get(i), false));
            }
            return entries;
        }
        for (String token : tokens) {
            String entry = token.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                m = BRACKETED.matcher(entry);
            }
            Optional<Percent> share = m.matches() ? Percent.parsePercent(m.group(2)) : Optional.empty();
            if (share.isEmpty()) {
                // error() flags the column: no "shares do not sum to 100%" on top of this
                cells.error(INVENTORS, "ledger.inventors.badEntry", entry);
                continue;
            }
            entries.add(new InventorEntry(m.group(1).strip(), share.get(), !m.group(3).isEmpty()));
        }
        return entries;
    }
}
