package org.transferdesk.ledger;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.transferdesk.common.I18n;
import org.transferdesk.common.OwnerOnly;
import org.transferdesk.export.CsvCells;

/**
 * The problems and notes of a check as a CSV a clerk opens in Excel next to the ledger (UTF-8 with a BOM, so Excel
 * reads the Chinese): sheet, row, column, message — every one of them, not the few a window shows.
 */
public final class ImportProblems {
    private ImportProblems() {
    }

    public static void writeCsv(Path target, List<ImportError> problems) throws IOException {
        // the problems quote cells, ID numbers among them (issue 19)
        Files.deleteIfExists(target);
        OwnerOnly.newFile(target);
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord(I18n.t("import.sheet"), I18n.t("import.row"), I18n.t("import.column"),
                    I18n.t("import.message"));
            for (ImportError e : problems) {
                csv.printRecord(CsvCells.safe(java.util.Arrays.asList(e.sheet(), e.row() == 0 ? "" : String.valueOf(e.row()),
                        e.column(), e.message())));
            }
        }
    }
}
