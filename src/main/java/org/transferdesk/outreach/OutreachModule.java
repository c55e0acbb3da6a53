package org.transferdesk.outreach;

import java.time.Clock;
import org.transferdesk.db.Database;
import org.transferdesk.outreach.persistence.OutreachRepository;

/** The events and outreach feature wired (issue 25): above deals and results, below 待办 and the report. */
public final class OutreachModule {
    private final OutreachService outreach;

    public OutreachModule(Database database, Clock clock) {
        this.outreach = new OutreachService(new OutreachRepository(database.dsl()), clock);
    }

    public OutreachService outreach() {
        return outreach;
    }
}
