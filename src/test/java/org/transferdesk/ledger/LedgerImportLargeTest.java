package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.persistence.IpRepository;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.people.persistence.PersonRepository;

/** 10,000 rows per sheet must import in seconds, not minutes. */
class LedgerImportLargeTest {
    private static final int ROWS = 10_000;

    @TempDir
    Path folder;

    @Test
    void tenThousandRowsPerSheet_importInSeconds() throws IOException {
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
            long start = System.nanoTime();
            ImportPreview preview = importer.preview(folder, false, counting);
            Duration previewTime = Duration.ofNanos(System.nanoTime() - start);
            assertThat(preview.errors()).isEmpty();
            ImportResult result = importer.commit(preview, counting);
            Duration total = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.counts()).extracting(SheetCounts::created).containsExactly(ROWS, ROWS, ROWS, 0, 0, 0, 0, 0);
            assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(ROWS);
            assertThat(new DisclosureRepository(db.dsl()).count()).isEqualTo(ROWS);
            assertThat(new IpRepository(db.dsl()).count()).isEqualTo(ROWS);
            assertThat(reports[0]).isGreaterThan(100);
            System.out.printf("ledger import of 3 x %d rows: preview %d ms, total %d ms%n", ROWS,
                    previewTime.toMillis(), total.toMillis());
            // catches quadratic slips; ~10 s on an idle 2-core machine, up to ~1 min when other builds share it
            assertThat(total).isLessThan(Duration.ofSeconds(120));
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
