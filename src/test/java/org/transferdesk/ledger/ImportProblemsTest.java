package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportProblemsTest {

    @Test
    void theProblemList_neutralisesFormulaLikeTextFromTheLedger(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("problems.csv");
        // a sheet and a column named by the clerk's file: its text must not run as a formula in Excel
        ImportProblems.writeCsv(file, List.of(new ImportError("=cmd|' /C calc'!A0", 3, "@SUM(1)",
                "ledger.cell.badDate", "-2+3")));
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            CSVRecord row = parser.getRecords().get(1);
            assertThat(row.get(0)).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.get(1)).isEqualTo("3");
            assertThat(row.get(2)).isEqualTo("'@SUM(1)");
        }
    }
}
