package org.transferdesk.ledger;

import static org.transferdesk.db.jooq.Tables.DEAL;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.ledger.persistence.LedgerRepository;

/** A fresh database with a ledger importer on a fixed day after every ledger date, and the deals it wrote. */
final class LedgerDb implements AutoCloseable {
    static final Clock LATER = Clock.fixed(Instant.parse("2029-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    final Database db = TestDatabase.fresh();
    final LedgerImporter importer;

    LedgerDb(Clock clock) {
        importer = new LedgerImporter(new LedgerRepository(db.dsl()), clock);
    }

    /** The deal with this contract number, with its receipts and costs. */
    Deal deal(String contractNo) {
        long id = db.dsl().select(DEAL.ID).from(DEAL).where(DEAL.CONTRACT_NO.eq(contractNo)).fetchOne(DEAL.ID);
        return new DealRepository(db.dsl()).findById(id).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
