package org.transferdesk.demo;

import java.time.Clock;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealModule;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.due.DueService;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.reward.RewardModule;
import org.transferdesk.settings.OfficeSettings;

/**
 * The demo wired (issue 23: composition by constructor): it makes its records through every feature's services,
 * all of them constructor arguments, so a demo without deadlines or registers is a choice, not a forgotten call.
 */
public final class DemoModule {
    private final DemoService demo;

    public DemoModule(Database database, DisclosureService disclosures, PeopleService people, OfficeSettings office,
                      DealModule deals, RewardModule rewards, PilotService pilots, DueService due,
                      InstitutionService institutions, org.transferdesk.outreach.OutreachService outreach,
                      org.transferdesk.catalogue.CatalogueService catalogue, org.transferdesk.need.NeedService needs,
                      Clock clock) {
        this.demo = new DemoService(new DemoWriter(database.dsl()), clock, deals.deals(), rewards.distributions(), pilots,
                disclosures, new DemoService.Deadlines(deals.obligations(), people, office, due),
                new DemoService.Registers(institutions, people, rewards.policies(), outreach, catalogue, needs));
    }

    public DemoService demo() {
        return demo;
    }
}
