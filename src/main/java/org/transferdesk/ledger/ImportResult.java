package org.transferdesk.ledger;

import java.util.List;

/** What a committed import wrote, per sheet. */
public record ImportResult(List<SheetCounts> counts) {
    public ImportResult {
        counts = List.copyOf(counts);
    }
}
