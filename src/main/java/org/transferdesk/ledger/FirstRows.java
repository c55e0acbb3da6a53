package org.transferdesk.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * The row each key first stood in within one sheet: a key written twice is told with the row it repeats, never
 * settled by letting one row win (a clerk must see both).
 */
final class FirstRows {
    private final Map<String, Integer> first = new HashMap<>();

    /** Marks {@code column} of this row with {@code errorKey} (showing {@code shown}) if {@code key} stood earlier. */
    void once(RowCells cells, LedgerColumn column, String key, String errorKey, String shown) {
        if (key == null) {
            return;
        }
        Integer earlier = first.putIfAbsent(key, cells.number());
        if (earlier != null) {
            cells.error(column, errorKey, shown, earlier);
        }
    }
}
