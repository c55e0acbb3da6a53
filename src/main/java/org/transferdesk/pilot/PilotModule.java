package org.transferdesk.pilot;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.AttachmentStore;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.SignedDeal;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.export.PilotDocuments;
import org.transferdesk.pilot.export.PilotIncome;
import org.transferdesk.pilot.persistence.PilotRepository;
import org.transferdesk.reward.RewardModule;
import org.transferdesk.settings.OfficeSettings;

/**
 * The ownership-grant pilot wired (issue 23: composition by constructor). It sits above rewards, so it takes the
 * rewards module whole (owners' income for R-PILOT-INCOME, the unit's name); rewards gets {@link PilotService#ownership()}
 * back through a constructor argument that reads this module once it exists.
 */
public final class PilotModule {
    private final PilotService pilots;
    private final PilotDocuments documents;

    public PilotModule(Database database, AttachmentStore attachments, OfficeSettings office, DisclosureService disclosures,
                       PeopleService people, DealService deals, RewardModule rewards, AuditRepository audit,
                       Clock clock) {
        Supplier<String> unitName = () -> rewards.policies().unitProfile().name();
        this.pilots = new PilotService(new PilotRepository(database.dsl()), disclosures, people, new PilotSettings(office),
                disclosureId -> deals.signedOfResult(disclosureId).stream().map(SignedDeal::signedOn).toList(),
                unitName, rewards.records()::liveIncome, attachments, audit, clock);
        this.documents = new PilotDocuments(pilots, disclosures, unitName, office::valueOn, (disclosureId, since) -> {
            var signed = deals.signedOfResult(disclosureId).stream().filter(d -> !d.signedOn().isBefore(since)).toList();
            return new PilotIncome.Deals(signed.size(), signed.stream().map(SignedDeal::received)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        });
    }

    public PilotService pilots() {
        return pilots;
    }

    /** The pilot's printable documents: the grant publicity notice and the case register. */
    public PilotDocuments documents() {
        return documents;
    }
}
