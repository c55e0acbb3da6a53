package org.transferdesk.ledger;

import java.util.List;
import org.transferdesk.ledger.LedgerRows.ImportData;

/** The outcome of reading and checking a source: counts, every error, and the rows commit will write. */
public final class ImportPreview {
    private final ImportData data;
    private final List<SheetCounts> counts;
    private final List<ImportError> errors;
    private final boolean updateExisting;

    ImportPreview(ImportData data, List<SheetCounts> counts, List<ImportError> errors, boolean updateExisting) {
        this.data = data;
        this.counts = List.copyOf(counts);
        this.errors = List.copyOf(errors);
        this.updateExisting = updateExisting;
    }

    /** One entry per sheet (people, results, IP), also for sheets the source does not have (0 rows). */
    public List<SheetCounts> counts() {
        return counts;
    }

    /** In file order: by sheet, then row. */
    public List<ImportError> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean updateExisting() {
        return updateExisting;
    }

    ImportData data() {
        return data;
    }
}
