package org.transferdesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.transferdesk.audit.Actor;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.DealService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.reward.DistributionService;

/**
 * Fills an empty data folder with demo data so a newcomer sees a living app. Refuses a database that
 * already holds people or results: demo records must never mix with real ones.
 */
public final class DemoService {
    /** The same seed on the same day gives the same university, which makes screenshots and bug reports repeatable. */
    public static final long DEFAULT_SEED = 20_161_122L;
    public static final int DEFAULT_PEOPLE = 300;
    public static final int DEFAULT_RESULTS = 1_000;

    private final DemoWriter writer;
    private final Clock clock;
    private final DealService deals;
    private final DistributionService rewards;
    private final PilotService pilots;
    private final DisclosureService disclosures;
    /** The results' public profiles (issue 25), made last: they read the results as the demo left them. */
    private final org.transferdesk.catalogue.CatalogueService catalogue;
    private final DueMaker dueMaker;
    private final RegisterMaker registerMaker;
    private final Registers registers;
    private final NeedMaker needMaker;

    /** Without reward distributions. */
    public DemoService(DemoWriter writer, Clock clock) {
        this(writer, clock, null, null);
    }

    /** After the people, results and deals, reward distributions made through {@code rewards}. */
    public DemoService(DemoWriter writer, Clock clock, DealService deals, DistributionService rewards) {
        this(writer, clock, deals, rewards, null, null);
    }

    /** Then also ownership-grant pilot cases made through {@code pilots} on results read through {@code disclosures}. */
    public DemoService(DemoWriter writer, Clock clock, DealService deals, DistributionService rewards,
                       PilotService pilots, DisclosureService disclosures) {
        this(writer, clock, deals, rewards, pilots, disclosures, null, null);
    }

    /**
     * The whole demo: then also the deadlines (deal obligations, people's side jobs and leave, where reminders
     * start) and the registers the annual report reads (R-REPORT-MORE: institutions, office staff, province).
     */
    public DemoService(DemoWriter writer, Clock clock, DealService deals, DistributionService rewards,
                       PilotService pilots, DisclosureService disclosures, Deadlines deadlines, Registers registers) {
        this.writer = writer;
        this.clock = clock;
        this.deals = deals;
        this.rewards = rewards;
        this.pilots = pilots;
        this.disclosures = disclosures;
        this.dueMaker = deadlines == null ? null : new DueMaker(deals, deadlines, LocalDate.now(clock));
        this.registerMaker = registers == null ? null : new RegisterMaker(registers, LocalDate.now(clock));
        this.registers = registers;
        this.catalogue = registers == null ? null : registers.catalogue();
        this.needMaker = registers == null || disclosures == null ? null
                : new NeedMaker(registers.needs(), disclosures, LocalDate.now(clock));
    }

    /** The services the demo's deadlines are made through. */
    public record Deadlines(org.transferdesk.deal.DealObligationService obligations,
                            org.transferdesk.people.PeopleService people,
                            org.transferdesk.settings.OfficeSettings office,
                            org.transferdesk.due.DueService due) {
    }

    /** Issue 25: events and contact logs with the demo's counterparties, results and deals. */
    private void makeOutreach(long seed) {
        java.util.List<org.transferdesk.disclosure.DisclosureSummary> results = new java.util.ArrayList<>();
        disclosures.loadSummaries(1_000, results::addAll);
        new OutreachMaker(registers.outreach(), LocalDate.now(clock), seed).make(deals.list(), results);
    }

    /** The services the demo's registers are made through. */
    public record Registers(org.transferdesk.institution.InstitutionService institutions,
                            org.transferdesk.people.PeopleService people,
                            org.transferdesk.reward.RewardPolicyService policies,
                            org.transferdesk.outreach.OutreachService outreach,
                            org.transferdesk.catalogue.CatalogueService catalogue,
                            org.transferdesk.need.NeedService needs) {
    }

    /** Whether a demo may be made here: nothing in the database, or only a demo that never finished (issue 19). */
    public boolean isEmpty() {
        return writer.isEmpty() || writer.unfinished();
    }

    /** Whether the database holds a demo that was interrupted before it was complete; {@link #fill} makes it anew. */
    public boolean unfinished() {
        return writer.unfinished();
    }

    /**
     * The clerk declined to make an interrupted demo again: what it made stays as the office's records and is never
     * wiped (issue 19).
     */
    public void keep() {
        writer.finished();
    }

    /** Where the audit log stands, for {@link #keepIfWrittenSince} after a command that may have saved something. */
    public long lastAudit() {
        return writer.lastAudit();
    }

    /** Anything saved since {@code lastAudit} makes an interrupted demo's records the office's (never wiped). */
    public void keepIfWrittenSince(long lastAudit) {
        writer.keepIfWrittenSince(lastAudit);
    }

    public DemoSummary fill(int people, int results, ProgressSink progress) {
        return fill(people, results, DEFAULT_SEED, progress);
    }

    /**
     * Generates and writes in one transaction, then (when built with the reward services) distributes
     * rewards through them. Throws {@code UserFacingException("demo.notEmpty")} when the database is not
     * empty, and {@link java.util.concurrent.CancellationException} when cancelled while writing; in both
     * cases nothing was written. Cancelled while distributing rewards or making pilot cases, it keeps the demo
     * and what was made so far: each is a complete office action, and the rest can be made by hand.
     */
    private static java.util.Set<String> resultsWithDeals(DemoData data) {
        return data.deals().stream().flatMap(d -> d.results().stream()).map(org.transferdesk.deal.ResultRef::resultNo)
                .collect(java.util.stream.Collectors.toSet());
    }

    public DemoSummary fill(int people, int results, long seed, ProgressSink progress) {
        if (!isEmpty()) {
            throw new UserFacingException("demo.notEmpty");
        }
        DemoSummary made = make(people, results, seed, progress);
        // only a kill leaves the mark: a clerk's cancel keeps what was made (each step is a complete office action)
        writer.finished();
        return made;
    }

    private DemoSummary make(int people, int results, long seed, ProgressSink progress) {
        progress.progress(0, (long) people + results, I18n.t("demo.progress.generating"));
        DemoData data = new DemoDataGenerator(seed).generate(people, results, LocalDate.now(clock));
        progress.checkCancelled();
        DemoSummary written = writer.write(data, Actor.current(), LocalDateTime.now(clock), progress);
        if (rewards == null || progress.isCancelled()) {
            return written;
        }
        DemoSummary made = written.withRewards(new RewardMaker(deals, rewards, seed, LocalDate.now(clock)).make(progress));
        if (pilots == null || progress.isCancelled()) {
            return made;
        }
        // after the rewards: a registered grant would turn the later distributions of its result into ownership income
        DemoSummary withPilots = made.withPilotCases(new PilotMaker(pilots, disclosures, resultsWithDeals(data),
                LocalDate.now(clock)).make(progress));
        if (dueMaker == null || progress.isCancelled()) {
            return withPilots;
        }
        int[] deadlines = dueMaker.make();
        if (registerMaker != null) {
            registerMaker.make();
            makeOutreach(seed);
        }
        if (catalogue != null) {
            new CatalogueMaker(catalogue, seed).make();
        }
        if (needMaker != null) {
            needMaker.make();
        }
        return withPilots.withDeadlines(deadlines[0], deadlines[1]);
    }
}
