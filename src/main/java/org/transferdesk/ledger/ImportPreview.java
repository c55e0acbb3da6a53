package org.transferdesk.ledger;

import java.util.List;
import org.transferdesk.ledger.LedgerRows.ImportData;

/** The outcome of reading and checking a source: counts, every error, and the rows commit will write. */
public final class ImportPreview {
    private final ImportData data;
    private final List<SheetCounts> counts;
    private final List<ImportError> errors;
    private final boolean updateExisting;

    private final List<ImportError> notices;
    private final MappingReport mapping;
    private final List<ImportError> otherCells;

    ImportPreview(ImportData data, List<SheetCounts> counts, List<ImportError> errors, List<ImportError> notices,
                  boolean updateExisting, MappingReport mapping, List<ImportError> otherCells) {
        this.mapping = mapping;
        this.otherCells = List.copyOf(otherCells);
        this.data = data;
        this.counts = List.copyOf(counts);
        this.errors = List.copyOf(errors);
        this.notices = List.copyOf(notices);
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

    /**
     * What the import read other than as written, or did not read, without it being an error: title rows above
     * a header, amounts in 万元, columns and worksheets it does not know. Shown before anything is written.
     */
    public List<ImportError> notices() {
        return notices;
    }

    /** How each worksheet, header and value was read, the open questions, and the profile that reads it so. */
    public MappingReport mapping() {
        return mapping;
    }

    /**
     * A question asked once (an unmapped value, bare fractions, 完成人 without shares) is one error at its first cell;
     * these are the same at every other cell it stands for, so a marked copy of the ledger marks each of them.
     */
    List<ImportError> otherCellsOfQuestions() {
        return otherCells;
    }

    /** The first {@code rows} rows of each sheet read, as they will be stored. */
    public List<PreviewSample> sample(int rows) {
        return PreviewSample.of(data, rows);
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
