package org.transferdesk.deal;

import java.nio.file.Path;
import java.time.Clock;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.AttachmentStore;
import org.transferdesk.db.Database;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealObligationRepository;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.deal.persistence.DiligenceRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.settings.OfficeSettings;

/**
 * The deal feature wired (issue 23: composition by constructor): contracts, counterparties, due diligence,
 * obligations and publicity notices. {@code distributed} comes from the rewards feature, which sits above this one.
 */
public final class DealModule {
    private final DealService deals;
    private final CounterpartyService counterparties;
    private final DiligenceService diligence;
    private final DealObligationService obligations;
    private final PublicityNoticeService publicityNotices;

    public DealModule(Database database, AttachmentStore attachments, DisclosureService disclosures, OfficeSettings office,
                      DistributedParts distributed, AuditRepository audit, Clock clock) {
        this.deals = new DealService(new DealRepository(database.dsl()), new DealListQuery(database.dsl()), audit, office, clock, distributed);
        this.counterparties = new CounterpartyService(new CounterpartyRepository(database.dsl()), clock);
        this.diligence = new DiligenceService(attachments, new DiligenceRepository(database.dsl()), clock);
        this.obligations = new DealObligationService(new DealObligationRepository(database.dsl()), clock);
        this.publicityNotices = new PublicityNoticeService(disclosures, office, clock);
    }

    public DealService deals() {
        return deals;
    }

    public CounterpartyService counterparties() {
        return counterparties;
    }

    public DiligenceService diligence() {
        return diligence;
    }

    public DealObligationService obligations() {
        return obligations;
    }

    public PublicityNoticeService publicityNotices() {
        return publicityNotices;
    }
}
