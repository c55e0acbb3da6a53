package org.transferdesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.calendar.WorkCalendarSource;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealObligationService;
import org.transferdesk.deal.ObligationRow;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.due.persistence.DueBulkReader;
import org.transferdesk.due.persistence.DueRepository;
import org.transferdesk.due.persistence.FeePaymentRepository;
import org.transferdesk.fees.FeeRules;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.people.EpisodeRow;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.NonProfitStatus;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;

/**
 * The deadlines feature wired (issue 23: composition by constructor): it reads every feature below it, each
 * through the constructor, into the {@link DueSources} the due list derives from.
 */
public final class DueModule {
    private final DueService due;

    public DueModule(Database database, OfficeSettings office, WorkCalendarSource calendar, PeopleService people,
                     DealObligationService obligations, DistributionRepository distributions,
                     RewardPolicyService policies, PilotService pilots,
                     java.util.function.Supplier<List<FollowUp>> followUps,
                     java.util.function.Supplier<List<NeedDeadline>> needDeadlines, Clock clock) {
        FeePaymentRepository feePayments = new FeePaymentRepository(database.dsl());
        this.due = new DueService(new DueRepository(database.dsl()), feePayments, sources(database, new DealRepository(database.dsl()),
                distributions, feePayments, calendar, people, obligations, policies, pilots, office, followUps,
                needDeadlines), office, clock);
    }

    /** Deadlines and reminders of every record (待办). */
    public DueService due() {
        return due;
    }

    private static DueSources sources(Database database, DealRepository deals, DistributionRepository distributions,
                                      FeePaymentRepository feePayments, WorkCalendarSource calendar,
                                      PeopleService people, DealObligationService obligations,
                                      RewardPolicyService policies, PilotService pilots, OfficeSettings office,
                                      java.util.function.Supplier<List<FollowUp>> followUps,
                                      java.util.function.Supplier<List<NeedDeadline>> needDeadlines) {
        DueBulkReader bulk = new DueBulkReader(database.dsl());
        return new DueSources() {
            @Override
            public List<FollowUp> followUps() {
                return followUps.get();
            }

            @Override
            public List<NeedDeadline> needDeadlines() {
                return needDeadlines.get();
            }

            @Override
            public WorkCalendar workCalendar() {
                return calendar.calendar();
            }

            @Override
            public List<Deal> deals() {
                // the full derive reads every deal: one statement per child table, not a subquery per deal
                return bulk.deals();
            }

            @Override
            public List<Distribution> distributions() {
                return distributions.findWhere(null, null);
            }

            // one record's reads, for the incremental due list (the GUI): a few queries whatever the size
            @Override
            public Optional<Deal> deal(long id) {
                return deals.findById(id);
            }

            @Override
            public Optional<Distribution> distribution(long id) {
                return distributions.findById(id);
            }

            @Override
            public List<Distribution> distributionsOfDeal(long dealId) {
                return distributions.findWhere(null, dealId);
            }

            @Override
            public List<ObligationRow> obligationsOfDeal(long dealId) {
                return obligations.openOf(dealId);
            }

            @Override
            public Optional<PilotCase> pilotCase(long id) {
                return pilots.find(id);
            }

            @Override
            public List<PilotCase> pilotCasesOfResult(long disclosureId) {
                return pilots.ofResult(disclosureId);
            }

            @Override
            public List<EpisodeRow> episodesOf(long personId) {
                return people.find(personId).map(p -> people.episodes(personId).stream()
                        .map(e -> new EpisodeRow(e, p.staffNo(), p.name(), p.departmentName()))
                        .toList()).orElse(List.of());
            }

            @Override
            public List<PatentRow> patentsOfResult(long disclosureId) {
                return feePayments.grantedPatentsOf(disclosureId);
            }

            @Override
            public NonProfitStatus nonProfitStatus() {
                return policies.nonProfitStatus();
            }

            @Override
            public List<PilotCase> pilotCases() {
                return pilots.all();
            }

            @Override
            public List<ObligationRow> obligations() {
                return obligations.open();
            }

            @Override
            public List<EpisodeRow> episodes() {
                return people.allEpisodes();
            }

            @Override
            public List<PatentRow> patents() {
                return feePayments.grantedPatents();
            }

            @Override
            public FeeRules feeRules() {
                return new FeeSettings(office).snapshot();
            }

            @Override
            public PilotRules pilotRules(LocalDate date) {
                return pilots.rulesOn(date);
            }
        };
    }
}
