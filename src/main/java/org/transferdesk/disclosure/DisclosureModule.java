package org.transferdesk.disclosure;

import java.time.Clock;
import org.jooq.DSLContext;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.disclosure.persistence.DisclosureRepository;

/** The disclosure feature wired (issue 23: composition by constructor): results and their inventors. */
public final class DisclosureModule {
    private final DisclosureService disclosures;

    public DisclosureModule(DSLContext dsl, AuditRepository audit, Clock clock) {
        this.disclosures = new DisclosureService(new DisclosureRepository(dsl), audit, clock);
    }

    public DisclosureService disclosures() {
        return disclosures;
    }
}
