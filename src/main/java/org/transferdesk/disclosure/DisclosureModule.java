package org.transferdesk.disclosure;

import java.time.Clock;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.persistence.DisclosureRepository;

/** The disclosure feature wired (issue 23: composition by constructor): results and their inventors. */
public final class DisclosureModule {
    private final DisclosureService disclosures;

    public DisclosureModule(Database database, AuditRepository audit, Clock clock) {
        this.disclosures = new DisclosureService(new DisclosureRepository(database.dsl()), audit, clock);
    }

    public DisclosureService disclosures() {
        return disclosures;
    }
}
