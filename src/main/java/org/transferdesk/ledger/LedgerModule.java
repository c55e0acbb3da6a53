package org.transferdesk.ledger;

import java.time.Clock;
import org.transferdesk.db.Database;
import org.transferdesk.ledger.persistence.LedgerExportReader;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.reward.RewardPolicyService;

/**
 * The ledger import and export wired (issue 23: composition by constructor). An imported ownership grant takes
 * the pilot rules in force on its date and the unit's name from the reward settings (R-PILOT-INCOME).
 */
public final class LedgerModule {
    private final Database database;
    private final Clock clock;
    private final LedgerImporter importer;

    public LedgerModule(Database database, RewardPolicyService policies, PilotService pilots, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.importer = new LedgerImporter(new LedgerRepository(database.dsl()), clock, policies,
                new PilotImportSettings(pilots::rulesOn, () -> policies.unitProfile().name()));
    }

    public LedgerImporter importer() {
        return importer;
    }

    /** The ledger in the import format (export ledger). */
    public LedgerExport export() {
        return new LedgerExport(new LedgerExportReader(database.dsl()), clock);
    }
}
