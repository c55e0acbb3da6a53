package org.transferdesk.need;

import java.time.Clock;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealService;
import org.transferdesk.need.persistence.NeedRepository;

/** The needs register's composition: built after deals, whose counterparties and deal service it uses. */
public final class NeedModule {
    private final NeedService service;

    public NeedModule(Database database, CounterpartyService counterparties, DealService deals, AuditRepository audit,
                      Clock clock) {
        this.service = new NeedService(new NeedRepository(database.dsl()), counterparties, deals, audit, clock);
    }

    public NeedService service() {
        return service;
    }
}
