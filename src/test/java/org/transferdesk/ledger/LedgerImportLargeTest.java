package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.persistence.IpRepository;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

/**
 * 10,000 rows per sheet import completely with progress all the way. How long it takes is a benchmark's
 * question, not a test's: a timed assertion fails on a busy machine and proves nothing on an idle one.
 */
@Tag(TestDatabase.TAG)
class LedgerImportLargeTest {
    private static final int ROWS = 10_000;

    @TempDir
    Path folder;

    @Test
    void tenThousandRowsPerSheet_importEveryRow_reportingProgressThroughout() throws IOException {
        write("人员.csv", "工号,姓名,院系\n", i -> "P" + i + ",姓名" + i + ",学院" + i % 20 + "\n");
        write("成果.csv", "成果编号,成果名称,披露日期,完成人\n",
                i -> "R-" + i + ",成果" + i + ",2024-01-15,P" + i + ":60*;P" + (i + 1) % ROWS + ":40\n");
        write("知识产权.csv", "成果编号,类型,申请号,申请日\n", i -> "R-" + i + ",SOFTWARE_COPYRIGHT,2024SR" + i + ",2024-02-01\n");
        long[] reports = new long[1];
        ProgressSink counting = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {
                reports[0]++;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        try (Database db = TestDatabase.fresh()) {
            LedgerImporter importer = new LedgerImporter(new LedgerRepository(db.dsl()), TestDatabase.CLOCK);
            ImportPreview preview = importer.preview(folder, false, counting);
            assertThat(preview.errors()).isEmpty();
            ImportResult result = importer.commit(preview, counting);

            assertThat(result.counts()).extracting(SheetCounts::created).containsExactly(ROWS, ROWS, ROWS, 0, 0, 0, 0, 0);
            assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(ROWS);
            assertThat(new DisclosureRepository(db.dsl()).count()).isEqualTo(ROWS);
            assertThat(new IpRepository(db.dsl()).count()).isEqualTo(ROWS);
            assertThat(reports[0]).isGreaterThan(100);
        }
    }

    private void write(String name, String header, java.util.function.IntFunction<String> line) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            w.write(header);
            for (int i = 0; i < ROWS; i++) {
                w.write(line.apply(i));
            }
        }
    }
}
