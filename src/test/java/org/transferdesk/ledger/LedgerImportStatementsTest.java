package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.StatementCounter;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.junit.jupiter.api.Tag;

/**
 * Issue 20: writing an imported ledger costs a fixed number of statements, whatever its size: new records are
 * written in batches, the counterparties read once, nothing read back row by row.
 */
@Tag(TestDatabase.TAG)
class LedgerImportStatementsTest {
    @TempDir
    Path tmp;

    /** Statements of the commit of {@code n} results, each with a contract to a new counterparty and a receipt. */
    private int commitStatements(int n) throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("ledger-" + n));
        StringBuilder people = new StringBuilder("工号,姓名,院系\n");
        StringBuilder results = new StringBuilder("成果编号,成果名称,披露日期,完成人\n");
        StringBuilder contracts = new StringBuilder("合同编号,转化方式,签订日期,合同金额,对方名称,关联成果\n");
        StringBuilder receipts = new StringBuilder("合同编号,到账日期,金额,凭证号\n");
        for (int i = 0; i < n; i++) {
            people.append("P").append(i).append(",姓名").append(i).append(",学院").append(i % 3).append('\n');
            results.append("R-").append(i).append(",成果").append(i).append(",2024-01-15,P").append(i).append(":100*\n");
            contracts.append("HT-").append(i).append(",转让,2024-03-05,100000,公司").append(i).append(",R-").append(i)
                    .append('\n');
            receipts.append("HT-").append(i).append(",2024-04-01,100000,PZ-").append(i).append('\n');
        }
        Files.writeString(folder.resolve("人员.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("成果.csv"), results, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("合同.csv"), contracts, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("到账.csv"), receipts, StandardCharsets.UTF_8);
        try (Database db = TestDatabase.fresh()) {
            StatementCounter counter = new StatementCounter();
            LedgerImporter importer = new LedgerImporter(new LedgerRepository(counter.on(db.dsl())), TestDatabase.CLOCK);
            ImportPreview preview = importer.preview(folder, false, ProgressSink.NONE);
            assertThat(preview.errors()).isEmpty();
            counter.reset();
            ImportResult result = importer.commit(preview, ProgressSink.NONE);

            assertThat(result.counts()).extracting(SheetCounts::created).startsWith(n, n, 0, n, n);
            return counter.count();
        }
    }

    @Test
    void aLedgerFourTimesTheSize_costsTheSameStatements() throws IOException {
        int small = commitStatements(10);
        int large = commitStatements(40);

        // people, results with their inventors, counterparties and deals with their receipts are each written with
        // one batched INSERT per table (and one read of the new ids), whatever their number below a batch's 1,000
        // rows: no statement per row (issue 20; before the batches, 16 per result with a contract)
        assertThat(large).isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(WHOLE_LEDGER);
    }

    /**
     * Measured when the import's writes became batches (issue 20); more means a statement per sheet or per
     * department came back. Since issue 21 one more: the note of who holds the write lock, for a colleague who waits.
     */
    private static final int WHOLE_LEDGER = 40;
}
