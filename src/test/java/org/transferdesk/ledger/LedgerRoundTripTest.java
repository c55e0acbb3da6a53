package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;

/**
 * {@code export ledger} then import into an empty data folder reproduces the exported records (issue 17): the second
 * export is the first, file for file and byte for byte, on the demo data's people, results, IP, contracts, receipts,
 * costs, reward payments (the demo's paid distributions) and pilot cases under way, through the .xlsx workbook as
 * well as the CSV folder; and what the import made is all in the format (nothing left out the second time).
 */
class LedgerRoundTripTest {
    @TempDir
    Path tmp;

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDemoLedger_exportedAndImportedIntoAnEmptyFolder_exportsTheSame() throws IOException {
        Path first = tmp.resolve("first");
        Path workbook = tmp.resolve("ledger.xlsx");
        try (AppContext original = AppContext.open(DataFolder.resolve(tmp.resolve("a")), TestDatabase.CLOCK)) {
            original.demo().fill(40, 80, 7L, ProgressSink.NONE);
            assertThat(original.ledgerExport().write(first).rows()).isPositive();
            original.ledgerExport().write(workbook);
        }
        for (String sheet : new String[] {"人员", "成果", "知识产权", "合同", "到账", "费用", "奖励发放", "赋权"}) {
            assertThat(read(first.resolve(sheet + ".csv")).lines().count()).as(sheet).isGreaterThan(2);
        }
        for (Path source : new Path[] {first, workbook}) {
            Path copy = tmp.resolve("copy-" + source.getFileName());
            Path second = tmp.resolve("second-from-" + source.getFileName().toString().replace(".", "-"));
            try (AppContext empty = AppContext.open(DataFolder.resolve(copy), TestDatabase.CLOCK)) {
                ImportPreview preview = empty.ledger().preview(source, false, ProgressSink.NONE);
                assertThat(preview.errors()).as(source.toString()).isEmpty();
                empty.ledger().commit(preview, ProgressSink.NONE);
                assertThat(empty.ledgerExport().write(second).notes()).as(source.toString()).isEmpty();
            }
            try (Stream<Path> files = Files.list(first)) {
                for (Path f : files.sorted().toList()) {
                    if (f.getFileName().toString().equals("audit-anchor.properties")) {
                        continue; // each database's own audit trail (issue 22), not the ledger
                    }
                    assertThat(read(second.resolve(f.getFileName()))).as(f.getFileName() + " via " + source.getFileName())
                            .isEqualTo(read(f));
                }
            }
        }
    }
}
