package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jooq.Table;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;

/**
 * What the ledger import tests share: a folder for the workbooks they write, a fresh database (closed after each
 * test) and the importer on the clock the test names.
 */
@Tag(TestDatabase.TAG)
abstract class LedgerImportTestBase {
    @TempDir
    Path tmp;

    @AutoClose
    final LedgerDb ledger;
    final Database db;
    final LedgerImporter importer;

    LedgerImportTestBase(Clock clock) {
        ledger = new LedgerDb(clock);
        db = ledger.db;
        importer = ledger.importer;
    }

    /** The deal with this contract number, with its receipts and costs. */
    Deal deal(String contractNo) {
        return ledger.deal(contractNo);
    }

    /** The preview has errors, so its commit is refused and writes nothing: these tables stay empty. */
    void assertCommitRefused_writingNothing(ImportPreview preview, Table<?>... tables) {
        assertThatThrownBy(() -> importer.commit(preview, ProgressSink.NONE)).isInstanceOf(ImportFailedException.class);
        for (Table<?> table : tables) {
            assertThat(db.dsl().fetchCount(table)).as(table.getName()).isZero();
        }
    }

    /** A new, empty folder for a CSV ledger, one of several a test may write. */
    Path csvFolder() throws IOException {
        return Files.createTempDirectory(tmp, "l");
    }

    /** Writes one sheet of a CSV ledger, as {@code sheet}.csv in UTF-8. */
    static void writeCsv(Path folder, String sheet, String csv) throws IOException {
        Files.writeString(folder.resolve(sheet + ".csv"), csv, StandardCharsets.UTF_8);
    }
}
