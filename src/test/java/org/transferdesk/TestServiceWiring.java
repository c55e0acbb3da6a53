package org.transferdesk;

import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.ResultOwnership;
import org.transferdesk.reward.RewardPolicies;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * The services a view-model test drives, each on a test database's repositories, the given audit trail and the test
 * clock, wired once here rather than in each test's set-up.
 */
public final class TestServiceWiring {
    private TestServiceWiring() {
    }

    public static DisclosureService disclosures(Database db, AuditRepository audit) {
        return new DisclosureService(new DisclosureRepository(db.dsl()), audit, TestDatabase.CLOCK);
    }

    public static PeopleService people(Database db, AuditRepository audit) {
        return new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()),
                new PersonEpisodeRepository(db.dsl()), audit, TestDatabase.CLOCK);
    }

    public static DealService deals(Database db, AuditRepository audit) {
        return new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), audit,
                new OfficeSettings(new PolicySettingRepository(db.dsl())), TestDatabase.CLOCK);
    }

    /**
     * Distributions by a non-profit unit of university-owned results under {@code policies}, counting days on a
     * weekends-only calendar.
     */
    public static DistributionService distributions(Database db, AuditRepository audit, DisclosureService disclosures,
                                                    RewardPolicies policies) {
        return new DistributionService(new DistributionRepository(db.dsl()), new DealRepository(db.dsl()),
                disclosures, people(db, audit), policies, WorkCalendar::weekendsOnly, () -> true,
                ResultOwnership.UNIVERSITY_OWNED, audit, TestDatabase.CLOCK);
    }
}
