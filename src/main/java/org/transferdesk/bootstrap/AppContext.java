package org.transferdesk.bootstrap;

import java.time.Clock;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.BackupService;
import org.transferdesk.db.Database;
import org.transferdesk.db.UpgradeBackup;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.transferdesk.deal.DealObligationService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DiligenceService;
import org.transferdesk.deal.DistributedParts;
import org.transferdesk.deal.PublicityNoticeService;
import org.transferdesk.deal.persistence.DealObligationRepository;
import org.transferdesk.deal.persistence.DiligenceRepository;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.ip.IpService;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.ip.persistence.IpRepository;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.pilot.export.PilotDocuments;
import org.transferdesk.pilot.export.PilotIncome;
import org.transferdesk.pilot.persistence.PilotRepository;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.search.SearchService;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/** The one composition root: opens the database and builds every service, for the GUI and the CLI alike. */
public final class AppContext implements AutoCloseable {
    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final UserSettings settings;
    private final PeopleService people;
    private final DisclosureService disclosures;
    private final IpService ip;
    private final SearchService search;
    private final BackupService backups;
    private final LedgerImporter ledger;
    private final DemoService demo;
    private final OfficeSettings office;
    private final DealService deals;
    private final CounterpartyService counterparties;
    private final InstitutionService institutions;
    private final DiligenceService diligence;
    private final DealObligationService dealObligations;
    private final PublicityNoticeService publicityNotices;
    private final DistributionService distributions;
    private final RewardPolicyService rewardPolicies;
    private final WorkCalendarService calendar;
    private final RewardDocuments rewardDocuments;
    private final PilotService pilots;
    private final PilotDocuments pilotDocuments;
    private final org.transferdesk.due.DueService due;

    public AppContext(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        org.transferdesk.audit.AuditVocabulary.install(AuditLabelCatalog.vocabulary());
        org.transferdesk.db.AppMeta.recordCreatedOn(database, java.time.LocalDate.now(clock));
        this.settings = new UserSettings(folder.settingsFile());
        AuditRepository audit = new AuditRepository(database.dsl());
        this.people = new PeopleService(new PersonRepository(database.dsl()), new DepartmentRepository(database.dsl()),
                new PersonEpisodeRepository(database.dsl()), audit, clock);
        this.disclosures = new DisclosureService(new DisclosureRepository(database.dsl()), audit, clock);
        this.ip = new IpService(new IpRepository(database.dsl()));
        this.search = new SearchService(new org.transferdesk.search.persistence.SearchRepository(database.dsl()));
        this.backups = new BackupService(folder.backups(), clock);
        this.office = new OfficeSettings(new PolicySettingRepository(database.dsl()));
        DistributionRepository distributionRepository = new DistributionRepository(database.dsl());
        this.deals = new DealService(new DealRepository(database.dsl()), new DealListQuery(database.dsl()), audit, office,
                clock, new DistributedParts() {
                    @Override
                    public java.util.Set<Long> lockedReceiptIds(long dealId) {
                        return distributionRepository.distributedReceiptIds(dealId);
                    }

                    @Override
                    public java.util.Set<Long> lockedCostIds(long dealId) {
                        return distributionRepository.deductedCostIds(dealId);
                    }
                });
        this.counterparties = new CounterpartyService(new CounterpartyRepository(database.dsl()), clock);
        this.institutions = new InstitutionService(new InstitutionRepository(database.dsl()), counterparties, clock);
        this.diligence = new DiligenceService(folder.root(), new DiligenceRepository(database.dsl()), clock);
        this.dealObligations = new DealObligationService(new DealObligationRepository(database.dsl()), clock);
        this.publicityNotices = new PublicityNoticeService(disclosures, office, clock);
        this.calendar = new WorkCalendarService(new WorkCalendarRepository(database.dsl()), audit, clock);
        this.rewardPolicies = new RewardPolicyService(office, clock);
        this.distributions = new DistributionService(distributionRepository,
                new DealRepository(database.dsl()), disclosures, people,
                rewardPolicies, calendar, rewardPolicies::nonProfitStatus, audit, clock);
        this.pilots = new PilotService(new PilotRepository(database.dsl()), disclosures, people,
                new PilotSettings(office), disclosureId -> deals.signedOfResult(disclosureId).stream()
                        .map(org.transferdesk.deal.SignedDeal::signedOn).toList(),
                () -> rewardPolicies.unitProfile().name(), new org.transferdesk.common.FileStore(folder.root()),
                audit, clock);
        this.distributions.useOwnership(pilots.ownership());
        this.pilots.useIncome(distributionRepository::liveIncome);
        this.ledger = new LedgerImporter(new LedgerRepository(database.dsl()), clock, rewardPolicies,
                new org.transferdesk.ledger.PilotImportSettings(pilots::rulesOn, () -> rewardPolicies.unitProfile().name()));
        org.transferdesk.due.persistence.FeePaymentRepository feePayments =
                new org.transferdesk.due.persistence.FeePaymentRepository(database.dsl());
        this.due = new org.transferdesk.due.DueService(new org.transferdesk.due.persistence.DueRepository(database.dsl()),
                feePayments, dueSources(new DealRepository(database.dsl()), distributionRepository, feePayments),
                office, clock);
        this.demo = new DemoService(new DemoWriter(database.dsl()), clock, deals, distributions, pilots, disclosures)
                .withDeadlines(dealObligations, people, office, due)
                .withRegisters(institutions, people, rewardPolicies);
        this.reports = new org.transferdesk.report.ReportService(
                new org.transferdesk.report.persistence.ReportRepository(database.dsl()),
                new org.transferdesk.report.persistence.ReportTextRepository(database.dsl()), office,
                rewardPolicies::nonProfitStatus, rewardPolicies::unitProvinceOn,
                clock);
        this.rewardDocuments = new RewardDocuments(distributions, people, disclosures, office::valueOn);
        this.pilotDocuments = new PilotDocuments(pilots, disclosures, () -> rewardPolicies.unitProfile().name(),
                office::valueOn, (disclosureId, since) -> {
                    var signed = deals.signedOfResult(disclosureId).stream()
                            .filter(d -> !d.signedOn().isBefore(since)).toList();
                    return new PilotIncome.Deals(signed.size(), signed.stream().map(org.transferdesk.deal.SignedDeal::received)
                            .reduce(java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal::add));
                });
    }

    private org.transferdesk.due.DueSources dueSources(DealRepository dealRepository,
                                                       DistributionRepository distributionRepository,
                                                       org.transferdesk.due.persistence.FeePaymentRepository feePayments) {
        org.transferdesk.due.persistence.DueBulkReader bulk = new org.transferdesk.due.persistence.DueBulkReader(database.dsl());
        return new org.transferdesk.due.DueSources() {
            @Override
            public org.transferdesk.calendar.WorkCalendar workCalendar() {
                return calendar.calendar();
            }

            @Override
            public java.util.List<org.transferdesk.deal.Deal> deals() {
                // the full derive reads every deal: one statement per child table, not a subquery per deal
                return bulk.deals();
            }

            @Override
            public java.util.List<org.transferdesk.reward.Distribution> distributions() {
                return distributionRepository.findWhere(null, null);
            }

            // one record's reads, for the incremental due list (the GUI): a few queries whatever the size
            @Override
            public java.util.Optional<org.transferdesk.deal.Deal> deal(long id) {
                return dealRepository.findById(id);
            }

            @Override
            public java.util.Optional<org.transferdesk.reward.Distribution> distribution(long id) {
                return distributionRepository.findById(id);
            }

            @Override
            public java.util.List<org.transferdesk.reward.Distribution> distributionsOfDeal(long dealId) {
                return distributionRepository.findWhere(null, dealId);
            }

            @Override
            public java.util.List<org.transferdesk.deal.ObligationRow> obligationsOfDeal(long dealId) {
                return dealObligations.openOf(dealId);
            }

            @Override
            public java.util.Optional<org.transferdesk.pilot.PilotCase> pilotCase(long id) {
                return pilots.find(id);
            }

            @Override
            public java.util.List<org.transferdesk.pilot.PilotCase> pilotCasesOfResult(long disclosureId) {
                return pilots.ofResult(disclosureId);
            }

            @Override
            public java.util.List<org.transferdesk.people.EpisodeRow> episodesOf(long personId) {
                return people.find(personId).map(p -> people.episodes(personId).stream()
                        .map(e -> new org.transferdesk.people.EpisodeRow(e, p.staffNo(), p.name(), p.departmentName()))
                        .toList()).orElse(java.util.List.of());
            }

            @Override
            public java.util.List<org.transferdesk.due.PatentRow> patentsOfResult(long disclosureId) {
                return feePayments.grantedPatentsOf(disclosureId);
            }

            @Override
            public org.transferdesk.reward.NonProfitStatus nonProfitStatus() {
                return rewardPolicies.nonProfitStatus();
            }

            @Override
            public java.util.List<org.transferdesk.pilot.PilotCase> pilotCases() {
                return pilots.all();
            }

            @Override
            public java.util.List<org.transferdesk.deal.ObligationRow> obligations() {
                return dealObligations.open();
            }

            @Override
            public java.util.List<org.transferdesk.people.EpisodeRow> episodes() {
                return people.allEpisodes();
            }

            @Override
            public java.util.List<org.transferdesk.due.PatentRow> patents() {
                return feePayments.grantedPatents();
            }

            @Override
            public org.transferdesk.fees.FeeRules feeRules() {
                return new org.transferdesk.fees.FeeSettings(office).snapshot();
            }

            @Override
            public org.transferdesk.pilot.PilotRules pilotRules(java.time.LocalDate date) {
                return pilots.rulesOn(date);
            }
        };
    }

    /** Creates the data folder if needed, opens and migrates its database (backing it up first on an upgrade). */
    public static AppContext open(DataFolder folder, Clock clock) {
        folder.create();
        UpgradeBackup guard = new UpgradeBackup(new BackupService(folder.backups(), clock), AppInfo.version());
        AppContext context = new AppContext(folder, Database.openFile(folder.database(), guard), clock);
        folder.ownerOnlyFiles(); // the database file exists only now
        return context;
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public UserSettings settings() {
        return settings;
    }

    public PeopleService people() {
        return people;
    }

    public DisclosureService disclosures() {
        return disclosures;
    }

    public IpService ip() {
        return ip;
    }

    public SearchService search() {
        return search;
    }

    public OfficeSettings office() {
        return office;
    }

    public DealService deals() {
        return deals;
    }

    public CounterpartyService counterparties() {
        return counterparties;
    }

    public InstitutionService institutions() {
        return institutions;
    }

    public PublicityNoticeService publicityNotices() {
        return publicityNotices;
    }

    /** R-POLICY: the reward policy in force on a date, its history, and the unit's profile for tax filings. */
    public RewardPolicyService rewardPolicies() {
        return rewardPolicies;
    }

    public DistributionService distributions() {
        return distributions;
    }

    public RewardDocuments rewardDocuments() {
        return rewardDocuments;
    }

    public DiligenceService diligence() {
        return diligence;
    }

    /** What deals' counterparties owe besides money (licensee reports, milestones). */
    public DealObligationService dealObligations() {
        return dealObligations;
    }

    /** The work calendar (工作日历): holidays and adjusted working weekends for working-day periods. */
    public WorkCalendarService calendar() {
        return calendar;
    }

    /** Ownership-grant pilot cases (赋权) and their effect on the result's IP and income. */
    public PilotService pilots() {
        return pilots;
    }

    /** The pilot's printable documents: the grant publicity notice and the case register. */
    public PilotDocuments pilotDocuments() {
        return pilotDocuments;
    }

    /** Deadlines and reminders of every record (待办). */
    public org.transferdesk.due.DueService due() {
        return due;
    }

    /** The annual conversion report (科技成果转化年度报告). */
    public org.transferdesk.report.ReportService reports() {
        return reports;
    }

    private final org.transferdesk.report.ReportService reports;

    /** Generates benchmark records and runs the hand-written SQL aggregate (the report benchmark only). */
    public org.transferdesk.report.persistence.ReportBenchmarkData reportBenchmarkData() {
        return new org.transferdesk.report.persistence.ReportBenchmarkData(database.dsl());
    }

    public DemoService demo() {
        return demo;
    }

    /** The ledger in the import format (export ledger). */
    public org.transferdesk.ledger.LedgerExport ledgerExport() {
        return new org.transferdesk.ledger.LedgerExport(
                new org.transferdesk.ledger.persistence.LedgerExportReader(database.dsl()), clock);
    }

    public LedgerImporter ledger() {
        return ledger;
    }

    public BackupService backups() {
        return backups;
    }

    private volatile boolean closed;

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        database.close();
    }
}
