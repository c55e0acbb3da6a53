package org.transferdesk.reward;

import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.db.Database;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.persistence.DistributionRepository;

/** The reward services on a test database with a fixed policy (Beijing: 70%, as E1). */
public final class RewardServices {
    public final DisclosureService disclosures;
    public final PeopleService people;
    public final DistributionService distributions;

    public RewardServices(Database db, RewardPolicy policy) {
        AuditRepository audit = new AuditRepository(db.dsl());
        disclosures = new DisclosureService(new DisclosureRepository(db.dsl()), audit, TestDatabase.CLOCK);
        people = new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()), new PersonEpisodeRepository(db.dsl()), audit,
                TestDatabase.CLOCK);
        distributions = new DistributionService(new DistributionRepository(db.dsl()), new DealRepository(db.dsl()),
                disclosures, people, date -> policy, WorkCalendar::weekendsOnly, () -> true, ResultOwnership.UNIVERSITY_OWNED, audit, TestDatabase.CLOCK);
    }
}
