package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.DatabaseCompactor;
import org.transferdesk.ledger.persistence.LedgerRepository;

/**
 * Issue 20: a large import in the desktop app (which, unlike the CLI import, cannot compact at its end while its
 * window holds the database) asks for the file to be compacted at the next exit, even when it was compacted earlier
 * that day; the compaction clears the request.
 */
class LargeImportCompactionTest {
    private static final LocalDate TODAY = LocalDate.now(TestDatabase.CLOCK);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
            "999,  false",  // one record short of a large import: today's compaction stands
            "1000, true"})  // LedgerImporter.LARGE records written: compacted again at exit
    void anImportOfSoManyRecords_makesTheExitCompactAgain(int people, boolean due) throws IOException {
        Path ledger = Files.createDirectory(tmp.resolve("ledger"));
        StringBuilder csv = new StringBuilder("工号,姓名,院系\n");
        for (int i = 0; i < people; i++) {
            csv.append("P").append(i).append(",姓名").append(i).append(",学院\n");
        }
        Files.writeString(ledger.resolve("人员.csv"), csv, StandardCharsets.UTF_8);
        DataFolder folder = new DataFolder(tmp.resolve("data"));
        AppContext.open(folder, TestDatabase.CLOCK).close();
        DatabaseCompactor.compact(folder.database(), TODAY);

        try (AppContext context = AppContext.open(folder, TestDatabase.CLOCK)) {
            assertThat(DatabaseCompactor.dueOnExit(context.database(), TODAY)).as("compacted today").isFalse();
            LedgerImporter importer = new LedgerImporter(new LedgerRepository(context.database().dsl()),
                    TestDatabase.CLOCK);
            ImportResult result = importer.importAll(ledger, false, ProgressSink.NONE);
            assertThat(result.counts().get(0).created()).isEqualTo(people);

            assertThat(DatabaseCompactor.dueOnExit(context.database(), TODAY)).isEqualTo(due);
            assertThat(DatabaseCompactor.dueOnExit(context.database(), TODAY.plusDays(1))).as("a new day").isTrue();
        }
        DatabaseCompactor.compact(folder.database(), TODAY);
        try (AppContext context = AppContext.open(folder, TestDatabase.CLOCK)) {
            assertThat(DatabaseCompactor.dueOnExit(context.database(), TODAY)).as("after the compaction").isFalse();
        }
    }
}
