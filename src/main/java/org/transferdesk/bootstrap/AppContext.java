package org.transferdesk.bootstrap;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.SignedIn;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.AuditService;
import org.transferdesk.audit.persistence.AuditChainRepository;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.AppMeta;
import org.transferdesk.db.BackupService;
import org.transferdesk.db.Database;
import org.transferdesk.db.UpgradeBackup;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealModule;
import org.transferdesk.deal.DealObligationService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DiligenceService;
import org.transferdesk.deal.PublicityNoticeService;
import org.transferdesk.demo.DemoModule;
import org.transferdesk.demo.DemoService;
import org.transferdesk.disclosure.DisclosureModule;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.due.DueModule;
import org.transferdesk.due.DueService;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.persistence.InstitutionRepository;
import org.transferdesk.ip.IpService;
import org.transferdesk.ip.persistence.IpRepository;
import org.transferdesk.ledger.LedgerExport;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.LedgerModule;
import org.transferdesk.match.Matcher;
import org.transferdesk.match.persistence.ResultDocRepository;
import org.transferdesk.people.PeopleModule;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.PilotModule;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.export.PilotDocuments;
import org.transferdesk.report.ReportModule;
import org.transferdesk.report.ReportService;
import org.transferdesk.report.persistence.ReportBenchmarkData;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.RewardModule;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.export.RewardDocuments;
import org.transferdesk.search.SearchService;
import org.transferdesk.search.persistence.SearchRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * The one composition root: opens the database and composes every feature's module in dependency order, for the
 * GUI and the CLI alike (issue 23: composition by constructor). A cross-feature hook is a module's constructor
 * argument, so leaving one out does not compile; the one hook against the package order (rewards reading the
 * pilot's co-ownership) reads the pilot module once it exists.
 */
public final class AppContext implements AutoCloseable {
    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final UserSettings settings;
    private final OfficeSettings office;
    private final IpService ip;
    private final SearchService search;
    private final Matcher matcher;
    private final BackupService backups;
    private final WorkCalendarService calendar;
    private final InstitutionService institutions;
    private final org.transferdesk.outreach.OutreachModule outreach;
    private final PeopleModule people;
    private final DisclosureModule disclosures;
    private final org.transferdesk.catalogue.CatalogueService catalogue;
    private final DealModule deals;
    private final RewardModule rewards;
    private final PilotModule pilots;
    private final DueModule due;
    private final ReportModule reports;
    private final LedgerModule ledger;
    private final DemoModule demo;
    private final org.transferdesk.need.NeedModule needs;
    private final org.transferdesk.common.AttachmentStore attachments;
    private final AccountService accounts;
    private final AuditService auditTrail;

    public AppContext(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        AuditVocabulary.install(AuditLabelCatalog.vocabulary());
        AppMeta.recordCreatedOn(database, LocalDate.now(clock));
        this.settings = new UserSettings(folder.settingsFile());
        DSLContext dsl = database.dsl();
        AuditRepository audit = new AuditRepository(dsl);
        this.auditTrail = new AuditService(new AuditChainRepository(dsl), audit, clock,
                () -> accounts().signedIn().may(org.transferdesk.common.Role.Permission.READ_AUDIT_TRAIL));
        this.office = new OfficeSettings(new PolicySettingRepository(dsl));
        this.ip = new IpService(new IpRepository(dsl));
        // issue 25: the need register's open needs join here (List::of until then)
        this.matcher = new Matcher(new ResultDocRepository(dsl), this::openNeedDocs);
        this.search = new SearchService(new SearchRepository(dsl), matcher::resultIds);
        this.backups = new BackupService(folder.backups(), clock);
        // issue 21: on the shared database the documents live in it, so every colleague opens the same ones
        this.attachments = database.isServer()
                ? new org.transferdesk.db.DatabaseAttachmentStore(database, folder.root().resolve("attachment-cache"))
                : new org.transferdesk.common.FileStore(folder.root());
        this.calendar = new WorkCalendarService(new WorkCalendarRepository(dsl), audit, clock);
        this.people = new PeopleModule(database, audit, clock);
        this.disclosures = new DisclosureModule(database, audit, clock);
        this.catalogue = new org.transferdesk.catalogue.CatalogueService(
                new org.transferdesk.catalogue.persistence.CatalogueRepository(dsl), disclosures(), audit, clock);
        // R-PILOT-INCOME: pilot sits above rewards, so rewards reads the pilot module built later (never before a use)
        this.rewards = new RewardModule(database, office, disclosures(), people(), calendar,
                (resultId, day) -> pilots().ownership().on(resultId, day), audit, clock);
        // R-NET: deals lock what rewards' distributions used, read through the rewards module's own repository
        this.deals = new DealModule(database, attachments, disclosures(), office, rewards.distributedParts(), audit,
                clock);
        this.institutions = new InstitutionService(new InstitutionRepository(dsl), counterparties(), clock);
        this.needs = new org.transferdesk.need.NeedModule(database, counterparties(), deals(), audit, clock);
        this.pilots = new PilotModule(database, attachments, office, disclosures(), people(), deals(), rewards, audit,
                clock);
        this.outreach = new org.transferdesk.outreach.OutreachModule(database, clock);
        this.due = new DueModule(database, office, calendar, people(), dealObligations(), rewards.records(),
                rewardPolicies(), pilots(), () -> outreach.outreach().openNextSteps().stream()
                        .map(s -> new org.transferdesk.due.FollowUp(s.entryId(), s.counterpartyId(), s.counterparty(),
                                s.step(), s.dueOn())).toList(),
                () -> needs.service().openDeadlines().stream().map(n -> new org.transferdesk.due.NeedDeadline(n.id(),
                        n.counterpartyName(), n.title(), n.deadline())).toList(), clock);
        this.reports = new ReportModule(database, office, rewardPolicies(), clock);
        this.ledger = new LedgerModule(database, rewardPolicies(), pilots(), clock);
        this.demo = new DemoModule(database, disclosures(), people(), office, deals, rewards, pilots(), due(),
                institutions, outreach(), catalogue, needs(), clock);
        // issue 22: who works here, before anything is written in their name (a login of no TransferDesk role on the
        // shared database is refused here, with the words to tell an administrator)
        this.accounts = new AccountService(new AccountRepository(dsl), clock, database.isServer());
        try {
            accounts.signIn();
        } catch (RuntimeException e) {
            database.close(); // the start offers to sign in as someone else: this connection is not kept
            throw e;
        }
    }

    /** The accounts, and who this app works as (issue 22). */
    public AccountService accounts() {
        return accounts;
    }

    public SignedIn signedIn() {
        return accounts.signedIn();
    }

    /** Creates the data folder if needed, opens and migrates its database (backing it up first on an upgrade). */
    public static AppContext open(DataFolder folder, Clock clock) {
        folder.create();
        UpgradeBackup guard = new UpgradeBackup(new BackupService(folder.backups(), clock), AppInfo.version());
        AppContext context = new AppContext(folder, Database.openFile(folder.database(), guard), clock);
        folder.ownerOnlyFiles(); // the database file exists only now
        // The first line support asks for: which build, on which Java, working on which folder and schema.
        org.slf4j.LoggerFactory.getLogger(AppContext.class).info(
                "TransferDesk {} on Java {} ({}): data folder {}, database {} (H2 file, shared auto-server), schema {}",
                AppInfo.version(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                folder.root(), context.database.createdByThisOpen() ? "created" : "opened",
                context.database.schemaVersion());
        return context;
    }

    /**
     * Opens the office's shared database at {@code server} (issue 21) under {@code guard} (an ordinary open, a
     * confirmed upgrade or {@code db init}); the user's own folder still holds their settings, logs and mapping
     * profiles. Backups in this mode are the server's (IT's {@code pg_dump}), so no upgrade backup is made here.
     */
    public static AppContext openShared(DataFolder folder, org.transferdesk.db.ServerAddress server, String password,
                                        org.transferdesk.db.ServerSchemaGuard guard, Clock clock) {
        folder.create();
        AppContext context = new AppContext(folder, Database.openServer(server, password, guard), clock);
        org.slf4j.LoggerFactory.getLogger(AppContext.class).info(
                "TransferDesk {} on Java {} ({}): data folder {}, shared database {} as {}, schema {}",
                AppInfo.version(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                folder.root(), server, server.user(), context.database.schemaVersion());
        return context;
    }

    /** Where the attached documents are kept: this PC's folder, or the shared database (issue 21). */
    public org.transferdesk.common.AttachmentStore attachments() {
        return attachments;
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
        return people.people();
    }

    public DisclosureService disclosures() {
        return disclosures.disclosures();
    }

    /** The results' public profiles; {@code published()} is what the catalogue's site and exports read (issue 25). */
    public org.transferdesk.catalogue.CatalogueService catalogue() {
        return catalogue;
    }

    public IpService ip() {
        return ip;
    }

    public SearchService search() {
        return search;
    }

    /** The needs the matcher ranks for a result: those still open, read when the index is (re)built. */
    private java.util.List<org.transferdesk.match.NeedDoc> openNeedDocs() {
        return needs().list().stream().filter(n -> n.status().isOpen())
                .map(n -> new org.transferdesk.match.NeedDoc(n.id(), n.counterpartyName(), n.title(), n.description(),
                        n.field(), null))
                .toList();
    }

    /** Matching results with needs; its index is rebuilt after {@link Matcher#invalidate()}. */
    public Matcher matcher() {
        return matcher;
    }

    public OfficeSettings office() {
        return office;
    }

    public DealService deals() {
        return deals.deals();
    }

    public CounterpartyService counterparties() {
        return deals.counterparties();
    }

    /** Events and the counterparties' contact logs (issue 25). */
    public org.transferdesk.outreach.OutreachService outreach() {
        return outreach.outreach();
    }

    /** The register of companies' technical needs (issue 25). */
    public org.transferdesk.need.NeedService needs() {
        return needs.service();
    }

    public InstitutionService institutions() {
        return institutions;
    }

    public PublicityNoticeService publicityNotices() {
        return deals.publicityNotices();
    }

    /** R-POLICY: the reward policy in force on a date, its history, and the unit's profile for tax filings. */
    public RewardPolicyService rewardPolicies() {
        return rewards.policies();
    }

    public DistributionService distributions() {
        return rewards.distributions();
    }

    public RewardDocuments rewardDocuments() {
        return rewards.documents();
    }

    public DiligenceService diligence() {
        return deals.diligence();
    }

    /** What deals' counterparties owe besides money (licensee reports, milestones). */
    public DealObligationService dealObligations() {
        return deals.obligations();
    }

    /** The work calendar (工作日历): holidays and adjusted working weekends for working-day periods. */
    public WorkCalendarService calendar() {
        return calendar;
    }

    /** Ownership-grant pilot cases (赋权) and their effect on the result's IP and income. */
    public PilotService pilots() {
        return pilots.pilots();
    }

    /** The pilot's printable documents: the grant publicity notice and the case register. */
    public PilotDocuments pilotDocuments() {
        return pilots.documents();
    }

    /** Deadlines and reminders of every record (待办). */
    public DueService due() {
        return due.due();
    }

    /** The annual conversion report (科技成果转化年度报告). */
    public ReportService reports() {
        return reports.reports();
    }

    /** Generates benchmark records and runs the hand-written SQL aggregate (the report benchmark only). */
    public ReportBenchmarkData reportBenchmarkData() {
        return reports.benchmarkData();
    }

    public DemoService demo() {
        return demo.demo();
    }

    /** The ledger in the import format (export ledger). */
    public LedgerExport ledgerExport() {
        return ledger.export();
    }

    public LedgerImporter ledger() {
        return ledger.importer();
    }

    /** The audit trail: its hash chain's check and latest anchor, the record of exports (issue 22). */
    public AuditService auditTrail() {
        return auditTrail;
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
