package org.transferdesk.reward;

import java.time.Clock;
import java.util.Set;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendarSource;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DistributedParts;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.people.PeopleService;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;

/**
 * The rewards feature wired (issue 23: composition by constructor): the dated reward policy, distributions and
 * their documents. {@code ownership} is the pilot feature's R-PILOT-INCOME hook: a constructor argument, so a
 * composition without it does not compile (it was a setter whose default silently treated co-owned income as a
 * reward).
 */
public final class RewardModule {
    private final DistributionRepository records;
    private final RewardPolicyService policies;
    private final DistributionService distributions;
    private final RewardDocuments documents;

    public RewardModule(Database database, OfficeSettings office, DisclosureService disclosures, PeopleService people,
                        WorkCalendarSource calendar, ResultOwnership ownership, AuditRepository audit, Clock clock) {
        this.records = new DistributionRepository(database.dsl());
        this.policies = new RewardPolicyService(office, clock);
        this.distributions = new DistributionService(records, new DealRepository(database.dsl()), disclosures, people, policies,
                calendar, policies::nonProfitStatus, ownership, audit, clock);
        this.documents = new RewardDocuments(distributions, people, disclosures, office::valueOn)
                .auditedBy(audit::appendNow, clock);
    }

    /**
     * R-NET for the deal feature: receipts and costs a distribution has used stay locked. It reads this module's
     * distributions repository only, so the composition builds rewards before deals to hand it over.
     */
    public DistributedParts distributedParts() {
        return distributedParts(records);
    }

    /** The same lock over any distributions repository (a test's deal service wired without the module). */
    static DistributedParts distributedParts(DistributionRepository records) {
        return new DistributedParts() {
            @Override
            public Set<Long> lockedReceiptIds(long dealId) {
                return records.distributedReceiptIds(dealId);
            }

            @Override
            public Set<Long> lockedCostIds(long dealId) {
                return records.deductedCostIds(dealId);
            }
        };
    }

    /** The stored distributions, for the features above that read them (pilot income, deadlines). */
    public DistributionRepository records() {
        return records;
    }

    /** R-POLICY: the reward policy in force on a date, its history, and the unit's profile for tax filings. */
    public RewardPolicyService policies() {
        return policies;
    }

    public DistributionService distributions() {
        return distributions;
    }

    public RewardDocuments documents() {
        return documents;
    }
}
