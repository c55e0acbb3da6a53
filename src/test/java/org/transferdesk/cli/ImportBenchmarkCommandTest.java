package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.ledger.ImportPreview;
import org.transferdesk.ledger.SheetCounts;

/**
 * {@code benchmark import} end to end on a small generated ledger: every generated row is imported and a re-import of
 * the same file creates nothing. Its figures are reported, never asserted.
 */
class ImportBenchmarkCommandTest {
    private static final List<String> SHEETS = List.of("人员", "成果", "知识产权", "合同", "到账", "费用");
    private static final Pattern SUMMARY = Pattern.compile(
            "Imported ([\\d,]+) of the ([\\d,]+) generated rows\\. A re-import of the same file would create ([\\d,]+) "
                    + "and update ([\\d,]+)\\.");

    private static final Pattern PER_10K = Pattern.compile(
            "Per 10,000 rows: import \\(check and write\\) [\\d,]+ ms, write alone [\\d,]+ ms, H2's bulk load of the same "
                    + "rows into the app's tables [\\d,]+ ms: "
                    + "the import takes ([\\d.]+) × H2's bulk load");
    private static final Pattern APP_ROWS = Pattern.compile(
            "H2's bulk load into the app's tables holds the same rows per table as the import: ([\\d,]+) rows in "
                    + "(\\d+) tables\\.");
    private static final Pattern SIZE = Pattern.compile(
            "Database file after the import and its compaction ([\\d.]+) MB; the same data compacted \\(SHUTDOWN COMPACT on a copy\\) "
                    + "([\\d.]+) MB");

    @TempDir
    Path tmp;

    @Test
    void workbook_everyGeneratedRowIsImported_andAReimportCreatesNothing() {
        Path keep = tmp.resolve("kept");
        int generated = runAndCheck("--rows", "200", "--runs", "1", "--keep", keep.toString(), "--lang", "en");

        // the kept workbook, read by the importer on its own, holds the rows the benchmark says it generated
        assertThat(rowsIn(keep.resolve("ledger-200.xlsx"))).isEqualTo(generated);
    }

    @Test
    void csvFolder_everyGeneratedRowIsImported_andAReimportCreatesNothing() {
        Path keep = tmp.resolve("kept");
        int generated = runAndCheck("--rows", "200", "--runs", "1", "--csv", "--keep", keep.toString(), "--lang", "en");

        assertThat(rowsIn(keep.resolve("ledger-200"))).isEqualTo(generated);
    }

    /** Runs {@code benchmark import ARGS}, checks what it printed, and answers the rows it generated. */
    private static int runAndCheck(String... args) {
        CliRunner cli = new CliRunner();
        String[] command = new String[args.length + 2];
        command[0] = "benchmark";
        command[1] = "import";
        System.arraycopy(args, 0, command, 2, args.length);

        int code = cli.run(command);

        String out = cli.out.toString();
        assertThat(code).as(out + cli.err).isZero();
        assertThat(out).contains("preview: read and check", "commit: write to the database",
                "preview the same file again with update existing");
        // the baselines of issue 20: H2's own bulk load of the same rows, and the file against its compacted copy
        assertThat(out).contains("baseline: H2's own bulk load of the same rows");
        Matcher perTenThousand = PER_10K.matcher(out);
        assertThat(perTenThousand.find()).as(out).isTrue();
        assertThat(Double.parseDouble(perTenThousand.group(1))).isPositive();
        Matcher size = SIZE.matcher(out);
        assertThat(size.find()).as(out).isTrue();
        assertThat(Double.parseDouble(size.group(2))).as("compacted MB").isPositive()
                .isLessThanOrEqualTo(Double.parseDouble(size.group(1)));
        // the file measured as an office gets it: the import's own compaction ran (issue 20: ≤ 2 × compacted)
        assertThat(Double.parseDouble(size.group(1))).as("file after the import's compaction, MB")
                .isLessThanOrEqualTo(2 * Double.parseDouble(size.group(2)));
        // the fair baseline loaded the very rows the import wrote (it fails the run otherwise), audit rows included
        Matcher appRows = APP_ROWS.matcher(out);
        assertThat(appRows.find()).as(out).isTrue();
        Matcher summary = SUMMARY.matcher(out);
        assertThat(summary.find()).as(out).isTrue();
        int imported = number(summary.group(1));
        int generated = number(summary.group(2));
        assertThat(generated).as("200 results and 200 contracts, with people, IP, receipts and costs")
                .isGreaterThan(2 * 200);
        assertThat(imported).isEqualTo(generated);
        assertThat(number(summary.group(3))).as("records a re-import would create").isZero();
        assertThat(number(appRows.group(1))).as("rows in the app's tables, audit rows included")
                .isGreaterThan(generated);
        // per sheet: rows generated = rows imported, and nothing new on the re-import
        for (String sheet : SHEETS) {
            Matcher row = Pattern.compile("^\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+" + sheet + "$",
                    Pattern.MULTILINE).matcher(out);
            assertThat(row.find()).as(sheet + " in\n" + out).isTrue();
            assertThat(number(row.group(1))).as(sheet).isPositive().isEqualTo(number(row.group(2)));
            assertThat(number(row.group(3))).as(sheet).isZero();
        }
        return generated;
    }

    /** The data rows of a ledger as the importer reads them, in an empty data folder. */
    private int rowsIn(Path source) {
        try (AppContext empty = AppContext.open(new DataFolder(tmp.resolve("check-" + source.getFileName())),
                TestDatabase.CLOCK)) {
            ImportPreview preview = empty.ledger().preview(source, false, ProgressSink.NONE);
            assertThat(preview.errors()).isEmpty();
            return preview.counts().stream().mapToInt(SheetCounts::rows).sum();
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
