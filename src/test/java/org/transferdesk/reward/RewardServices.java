package org.transferdesk.reward;

import java.time.Clock;
import org.jooq.DSLContext;
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

/** The reward services on a test database, with the unit non-profit and weekends the only days off. */
public final class RewardServices {
    public final DisclosureService disclosures;
    public final PeopleService people;
    public final DistributionService distributions;

    /** One policy for every date, on the test clock, every result owned by the university alone. */
    public RewardServices(Database db, RewardPolicy policy) {
        this(db, date -> policy, ResultOwnership.UNIVERSITY_OWNED, TestDatabase.CLOCK);
    }

    /**
     * {@code policies} is asked on every proposal, so a test may change the policy between steps; {@code ownership}
     * answers for the pilot module.
     */
    public RewardServices(Database db, RewardPolicies policies, ResultOwnership ownership, Clock clock) {
        this(db.dsl(), policies, ownership, clock);
    }

    /** On {@code dsl}: a test may hand in one that counts the statements. */
    public RewardServices(DSLContext dsl, RewardPolicies policies, ResultOwnership ownership, Clock clock) {
        AuditRepository audit = new AuditRepository(dsl);
        disclosures = new DisclosureService(new DisclosureRepository(dsl), audit, clock);
        people = new PeopleService(new PersonRepository(dsl), new DepartmentRepository(dsl),
                new PersonEpisodeRepository(dsl), audit, clock);
        distributions = new DistributionService(new DistributionRepository(dsl), new DealRepository(dsl),
                disclosures, people, policies, WorkCalendar::weekendsOnly, () -> true, ownership, audit, clock);
    }
}
