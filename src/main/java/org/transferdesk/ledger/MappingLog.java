package org.transferdesk.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transferdesk.ledger.MappingReport.Origin;
import org.transferdesk.ledger.MappingReport.SheetChoice;

/**
 * The profile one check reads with, and what it decided for each worksheet. The per-sheet decisions (columns, values,
 * questions) live in each {@link SheetHeader}; {@link LedgerImporter} puts them together into a {@link MappingReport}.
 */
final class MappingLog {
    private final ImportMapping mapping;
    private final List<SheetChoice> sheets = new ArrayList<>();

    MappingLog(ImportMapping mapping) {
        this.mapping = mapping == null ? ImportMapping.NONE : mapping;
    }

    ImportMapping mapping() {
        return mapping;
    }

    /**
     * The sheet a worksheet or CSV file is read as: the profile's answer first, else the name itself ({@link
     * LedgerSource#match}); null when it is not read. Every worksheet is recorded for the mapping step.
     */
    LedgerSheet sheetFor(String worksheet) {
        Optional<String> mapped = mapping.sheetFor(worksheet);
        LedgerSheet sheet;
        Origin origin;
        if (mapped.isPresent()) {
            sheet = ImportMapping.sheetOf(mapped.get());
            origin = sheet == null ? Origin.UNMAPPED : Origin.PROFILE;
        } else {
            sheet = LedgerSource.match(worksheet);
            origin = sheet == null ? Origin.UNMAPPED : sheet.matches(worksheet) ? Origin.FORMAT : Origin.GUESSED;
        }
        sheets.add(new SheetChoice(worksheet, sheet, origin));
        return sheet;
    }

    /** Whether the profile says to leave this worksheet out (then no notice calls it unknown). */
    boolean ignored(String worksheet) {
        return mapping.sheetFor(worksheet).map(ImportMapping.IGNORE::equals).orElse(false);
    }

    List<SheetChoice> sheets() {
        return sheets;
    }
}
