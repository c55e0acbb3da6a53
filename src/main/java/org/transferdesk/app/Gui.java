package org.transferdesk.app;

import org.transferdesk.firstrun.FirstRunSetup;
import org.transferdesk.firstrun.ui.FirstRunView;
import org.transferdesk.firstrun.ui.FirstRunViewModel;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.common.I18n;
import org.transferdesk.common.NotPermittedException;
import org.transferdesk.common.Role;
import org.transferdesk.deal.ui.CompanyRegisterView;
import org.transferdesk.institution.ui.InstitutionRegisterView;
import org.transferdesk.institution.ui.InstitutionRegisterViewModel;
import org.transferdesk.deal.ui.DealEditorView;
import org.transferdesk.deal.ui.DealEditorViewModel;
import org.transferdesk.deal.ui.DealListView;
import org.transferdesk.deal.ui.DealListViewModel;
import org.transferdesk.deal.ui.DealNavigator;
import org.transferdesk.deal.ui.DiligenceView;
import org.transferdesk.deal.ui.DealObligationsView;
import org.transferdesk.deal.ui.DealObligationsViewModel;
import org.transferdesk.deal.ui.DiligenceViewModel;
import org.transferdesk.deal.ui.CompanyRegisterViewModel;
import org.transferdesk.deal.ui.CounterpartyEditorView;
import org.transferdesk.deal.ui.CounterpartyEditorViewModel;
import org.transferdesk.deal.ui.CounterpartyListView;
import org.transferdesk.deal.ui.CounterpartyListViewModel;
import org.transferdesk.disclosure.ui.ResultEditorView;
import org.transferdesk.disclosure.ui.ResultEditorViewModel;
import org.transferdesk.disclosure.ui.ResultsListView;
import org.transferdesk.disclosure.ui.ResultsListViewModel;
import org.transferdesk.ip.ui.IpListView;
import org.transferdesk.ip.ui.IpListViewModel;
import org.transferdesk.ledger.ui.ImportWizardView;
import org.transferdesk.match.ui.MatchingView;
import org.transferdesk.match.ui.MatchingViewModel;
import org.transferdesk.people.ui.DepartmentsViewModel;
import org.transferdesk.people.ui.PeopleListView;
import org.transferdesk.people.ui.PeopleListViewModel;
import org.transferdesk.people.ui.PersonEditorView;
import org.transferdesk.people.ui.PersonEditorViewModel;
import org.transferdesk.settings.ui.DatabaseInfoViewModel;
import org.transferdesk.settings.ui.SettingsView;
import org.transferdesk.settings.ui.SettingsViewModel;
import org.transferdesk.ledger.ui.ImportWizardViewModel;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.FxDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.MainWindowView;
import org.transferdesk.ui.MainWindowViewModel;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.Page;
import org.transferdesk.reward.Proposal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.reward.ui.DealDistributionsView;
import org.transferdesk.reward.ui.DealDistributionsViewModel;
import org.transferdesk.reward.ui.DistributionEditorView;
import org.transferdesk.reward.ui.DistributionEditorViewModel;
import org.transferdesk.reward.ui.DistributionListView;
import org.transferdesk.reward.ui.DistributionListViewModel;
import org.transferdesk.reward.ui.ProposalView;
import org.transferdesk.reward.ui.ProposalViewModel;
import org.transferdesk.reward.ui.PublicityDates;
import org.transferdesk.reward.ui.RewardNavigator;
import org.transferdesk.pilot.ui.PilotNavigator;

/** The GUI's composition: builds every screen with its view model and wires navigation. */
public final class Gui implements Navigator, DealNavigator, RewardNavigator, PilotNavigator {
    private final AppContext context;
    private final Stage stage;
    private final FxTaskExecutor executor;
    private final SaveWarmUp saveWarmUp = new SaveWarmUp();
    private final FxDialogService dialogs;
    private final ErrorHandler errors;
    private final DataEvents events = new DataEvents();
    /** Colleagues' changes on the shared database, as data events (issue 21). */
    private final AutoCloseable colleagues;
    private final EditorWindows editors;
    private final ShellCommands commands;
    private final ExportActions export;
    private MainWindowView main;
    private MainWindowViewModel mainViewModel;
    private org.transferdesk.access.ui.AccountSectionViewModel accountSection;

    private final Consumer<Path> openFolder;

    public Gui(AppContext context, Stage stage) {
        this(context, stage, path -> { });
    }

    /** {@code openFolder} shows a folder in the OS file manager (the application's HostServices). */
    public Gui(AppContext context, Stage stage, Consumer<Path> openFolder) {
        this.context = context;
        this.stage = stage;
        this.openFolder = openFolder;
        this.dialogs = new FxDialogService(() -> stage, openFolder);
        this.errors = new ErrorHandler(dialogs);
        this.executor = new FxTaskExecutor(errors::handle);
        org.transferdesk.ui.help.HelpWindow.install(executor);
        this.editors = new EditorWindows(stage, dialogs, this::readOnlyReason);
        this.assignees = new AccountAssignees(context.accounts());
        this.rewardExports = new RewardExportCommands(new RewardExportCommands.Services(context.rewardPolicies(),
                context.distributions(), context.rewardDocuments()), executor, dialogs, () -> stage);
        this.commands = new ShellCommands(context, executor, dialogs, events, this::exit, this::openImportWizard,
                this::openFirstRunSetup, rewardExports);
        this.export = new ExportActions(dialogs, executor, new TableWriters(), context.clock());
        Shell shell = new Shell(stage, executor, dialogs, events, editors, export);
        this.officeRules = new OfficeRulesWindows(new OfficeRulesWindows.Services(context.calendar(), context.clock(),
                context.rewardPolicies()), shell);
        this.dueWindows = new DueWindows(new DueWindows.Services(context.due(), context.clock(), context.office()),
                shell, this::openRecord);
        DueWindows.keepCurrent(context.due(), events);
        // issue 25: matching and the global search read one index of results and open needs, rebuilt after a
        // result (IP included) or need changes
        events.keepCurrent(change -> {
            if (change.kind() == DataEvents.Change.Kind.RESULT || change.kind() == DataEvents.Change.Kind.NEED
                    || change.kind() == DataEvents.Change.Kind.ALL) {
                context.matcher().invalidate();
            }
        });
        this.colleagues = org.transferdesk.ui.ColleaguesChanges.follow(context.database(), events, executor.uiThread());
        this.pilotWindows = new PilotWindows(new PilotWindows.Services(context.search(), context.pilots(),
                context.people(), context.office(), context.clock(), context.pilotDocuments(), assignees), shell,
                openFolder, this::openResult);
        this.reportWindows = new ReportWindows(new ReportWindows.Services(context.reports(), context.due(),
                context.pilots(), context.clock(), context.office()), shell, this::openRecord);
    }

    private final ReportWindows reportWindows;
    /** Whom the editors may assign a record to (issue 22). */
    private final org.transferdesk.ui.Assignees assignees;

    private final PilotWindows pilotWindows;
    private final DueWindows dueWindows;
    private final OfficeRulesWindows officeRules;

    /** Opens the record a reminder belongs to. */
    private void openRecord(org.transferdesk.common.link.RecordRef ref) {
        switch (ref.type()) {
            case RESULT -> openResult(ref.id());
            case DEAL -> openDeal(ref.id());
            case DISTRIBUTION -> openDistribution(ref.id());
            case PILOT -> openCase(ref.id());
            case PERSON -> openPerson(ref.id());
            case INSTITUTION -> show(Module.INSTITUTIONS);
            case COUNTERPARTY -> openCounterpartyEditor(ref.id());
            case NEED -> openNeed(ref.id());
            case REPORT -> {
                reportWindows.showYear((int) ref.id());
                show(Module.REPORT);
            }
            default -> { }
        }
    }

    @Override
    public void openCase(long id) {
        pilotWindows.openCase(id);
    }

    @Override
    public void startCase(long disclosureId) {
        pilotWindows.startCase(disclosureId);
    }

    private final RewardExportCommands rewardExports;

    public void installErrorHandler() {
        errors.install();
    }

    /** Builds (or rebuilds, after a language change) the main window's content. */
    public Parent buildMain() {
        accountSection = new org.transferdesk.access.ui.AccountSectionViewModel(context.accounts());
        Map<Module, Supplier<Page>> pages = new LinkedHashMap<>();
        pages.put(Module.HOME, () -> {
            var outreach = new org.transferdesk.outreach.ui.OutreachFiguresViewModel(context.outreach(), executor);
            return reportWindows.dashboardPage(() -> show(Module.REPORT), outreach,
                    org.transferdesk.outreach.ui.OutreachFiguresView.build(outreach, () -> show(Module.EVENTS)));
        });
        pages.put(Module.DUE, dueWindows::page);
        pages.put(Module.RESULTS, () -> new ResultsListView(
                new ResultsListViewModel(context.disclosures(), executor, events), this, export).build());
        pages.put(Module.IP, () -> new IpListView(new IpListViewModel(context.ip(), executor, events), this, export)
                .build());
        pages.put(Module.CATALOGUE, () -> new org.transferdesk.catalogue.ui.CatalogueListView(
                new org.transferdesk.catalogue.ui.CatalogueListViewModel(context.catalogue(), executor, events), export,
                this::openCatalogueProfile).build());
        pages.put(Module.DEALS, () -> new DealListView(new DealListViewModel(context.deals(), executor, events), this,
                export).build());
        pages.put(Module.MATCHING, () -> new MatchingView(
                new MatchingViewModel(context.matcher(), executor, this, events)).page());
        pages.put(Module.REWARDS, () -> new DistributionListView(
                new DistributionListViewModel(context.distributions(), executor, dialogs, events), this, export).build());
        pages.put(Module.PILOTS, () -> pilotWindows.listPage());
        pages.put(Module.REPORT, reportWindows::page);
        pages.put(Module.COUNTERPARTIES, () -> new CounterpartyListView(
                new CounterpartyListViewModel(context.counterparties(), executor, events), export,
                this::openCounterparty, () -> openCounterpartyEditor(null)).build());
        pages.put(Module.NEEDS, () -> new org.transferdesk.need.ui.NeedListView(
                new org.transferdesk.need.ui.NeedListViewModel(context.needs(), executor, events), export,
                this::openNeed, () -> openNeed(null)).build());
        pages.put(Module.COMPANIES, () -> new CompanyRegisterView(
                new CompanyRegisterViewModel(context.counterparties(), executor, dialogs, events), export).build());
        pages.put(Module.INSTITUTIONS, () -> new InstitutionRegisterView(
                new InstitutionRegisterViewModel(context.institutions(), executor, dialogs, events), export).build());
        pages.put(Module.EVENTS, () -> new org.transferdesk.outreach.ui.EventListView(
                new org.transferdesk.outreach.ui.EventListViewModel(context.outreach(), executor, events), export,
                this::openEventEditor, () -> openEventEditor(null)).build());
        pages.put(Module.PEOPLE, () -> new PeopleListView(
                new PeopleListViewModel(context.people(), context.disclosures(), executor, events), this, export,
                () -> new DepartmentsViewModel(context.people(), executor, events)).build());
        pages.put(Module.SETTINGS, () -> new SettingsView(new SettingsViewModel(context.settings(),
                context.folder().root(), AppInfo.version(),
                new DatabaseInfoViewModel(context.database(), () -> new DatabaseInfoViewModel.Counts(
                        context.people().count(), context.disclosures().count(), context.ip().count()),
                        context.backups(), executor),
                executor, this::languageChanged, openFolder, fileEncryption()),
                new SettingsView.Windows(officeRules::openRewardPolicy, officeRules::openWorkCalendar,
                        pilotWindows::openRules, dueWindows::openRules, this::openSharedDatabase))
                .withAuditCheck(new org.transferdesk.settings.ui.AuditCheckViewModel(context.auditTrail(), executor))
                .accounts(new org.transferdesk.access.ui.AccountSectionView(accountSection, this::openAccounts,
                        () -> askLocalName(named -> { })).build())
                .officeRulesReadOnly(officeRulesReadOnly().orElse(null)).build());
        MainWindowViewModel vm = new MainWindowViewModel(context.search(), executor, this);
        mainViewModel = vm;
        showSignedIn();
        main = new MainWindowView(vm, pages, commands);
        Parent root = main.build();
        main.show(Module.HOME);
        dueWindows.keepBadge(main::setBadge);
        return root;
    }

    /**
     * Settings' file encryption (issue 22): the conversion closes the database (as a restore does) and the app then
     * quits; the next start asks for the password. Not offered on a shared database.
     */
    private org.transferdesk.settings.ui.FileEncryptionViewModel fileEncryption() {
        java.nio.file.Path base = context.folder().database();
        var converter = new org.transferdesk.settings.ui.FileEncryptionViewModel.Converter(password -> {
            context.close();
            org.transferdesk.db.FileEncryption.encrypt(base, password);
        }, password -> {
            context.close();
            org.transferdesk.db.FileEncryption.decrypt(base, password);
        }, password -> org.transferdesk.db.H2Key.isCurrentPassword(base, password));
        return new org.transferdesk.settings.ui.FileEncryptionViewModel(!context.database().isServer(),
                context.database().isEncrypted(), converter, executor, dialogs, Platform::exit);
    }

    @Override
    public void show(Module module) {
        main.show(module);
    }

    @Override
    public void openResult(long id) {
        openResultEditor(id);
    }

    @Override
    public void newResult() {
        openResultEditor(null);
    }

    private void openResultEditor(Long id) {
        editors.open(id == null ? "result:new:" + System.nanoTime() : "result:" + id, ctx -> {
            ResultEditorViewModel vm = new ResultEditorViewModel(context.disclosures(), context.people(),
                    new org.transferdesk.deal.DealsOfResult(context.deals()), assignees, executor, ctx.dialogs(),
                    events);
            Parent root = new ResultEditorView(vm, ctx.close(), this::openDeal).onStartPilot(this::startCase).build();
            vm.load(id, () -> { });
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    /** A result's public profile for the catalogue (issue 25), a new draft when it has none. */
    public void openCatalogueProfile(long disclosureId) {
        editors.open("catalogue:" + disclosureId, ctx -> {
            var vm = new org.transferdesk.catalogue.ui.CatalogueProfileEditorViewModel(context.catalogue(), executor,
                    ctx.dialogs(), events);
            Parent root = new org.transferdesk.catalogue.ui.CatalogueProfileEditorView(vm, this::openResult,
                    ctx.close()).build();
            vm.load(disclosureId, () -> { });
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    /** The first start of an empty database (issue 24 item 15): the office's unit, policy and departments. */
    private void openFirstRunSetup() {
        FirstRunSetup setup = new FirstRunSetup(context.rewardPolicies(), context.people(), context.clock());
        new FirstRunView(new FirstRunViewModel(setup::apply, executor, new FirstRunViewModel.NextSteps() {
            @Override
            public void recorded() {
                events.allChanged();
            }

            @Override
            public void importLedger() {
                openImportWizard();
            }

            @Override
            public void tryDemo() {
                commands.fillDemo();
            }
        })).show(stage);
    }

    private void openImportWizard() {
        editors.open("import-wizard", ctx -> {
            ImportWizardViewModel vm = new ImportWizardViewModel(context.ledger(), executor, events,
                    new org.transferdesk.ledger.MappingProfiles(context.folder().mappings()));
            Parent root = new ImportWizardView(vm, ctx.dialogs(), ctx.close()).build();
            // Closing the wizard cancels a running check or import (the transaction rolls back).
            return new EditorWindows.Editor(root, () -> {
                vm.cancel();
                return false;
            }, after -> after.accept(false),
                    new javafx.beans.property.SimpleStringProperty(I18n.t("import.title")));
        });
    }

    @Override
    public void openPerson(long id) {
        openPersonEditor(id);
    }

    @Override
    public void newPerson() {
        openPersonEditor(null);
    }

    private void openPersonEditor(Long id) {
        editors.open(id == null ? "person:new:" + System.nanoTime() : "person:" + id, ctx -> {
            PersonEditorViewModel vm = new PersonEditorViewModel(context.people(), context.disclosures(), executor,
                    ctx.dialogs(), events);
            Parent root = new PersonEditorView(vm, this, ctx.close()).build();
            vm.load(id, () -> { });
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    private void openCounterparty(long id) {
        openCounterpartyEditor(id);
    }

    private void openCounterpartyEditor(Long id) {
        editors.open(id == null ? "counterparty:new:" + System.nanoTime() : "counterparty:" + id, ctx -> {
            CounterpartyEditorViewModel vm = new CounterpartyEditorViewModel(context.counterparties(), context.deals(),
                    executor, ctx.dialogs(), events);
            CounterpartyEditorView view = new CounterpartyEditorView(vm, this::openDeal, ctx.close());
            Parent root = view.build();
            var log = new org.transferdesk.outreach.ui.ContactLogViewModel(context.outreach(), executor, events);
            view.addTab(I18n.t("outreachContact.tab"), new org.transferdesk.outreach.ui.ContactLogView(log).build());
            // a new counterparty keeps a log once saved
            vm.savedProperty().addListener((o, was, saved) -> log.load(saved ? vm.session().stored().id() : null));
            vm.load(id, () -> log.load(id));
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    /** Issue 25: an event (null: a new one) in its editor window. */
    private void openEventEditor(Long id) {
        editors.open(id == null ? "event:new:" + System.nanoTime() : "event:" + id, ctx -> {
            var vm = new org.transferdesk.outreach.ui.EventEditorViewModel(context.outreach(),
                    context.counterparties(), context.deals(), context.search(), executor, ctx.dialogs(), events);
            Parent root = new org.transferdesk.outreach.ui.EventEditorView(vm, ctx.close()).build();
            vm.load(id, () -> { });
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    /** A company's technical need (issue 25); 起草合同 opens the drafted deal in the deal editor. */
    private void openNeed(Long id) {
        editors.open(id == null ? "need:new:" + System.nanoTime() : "need:" + id, ctx -> {
            org.transferdesk.need.ui.NeedEditorViewModel vm = new org.transferdesk.need.ui.NeedEditorViewModel(
                    context.needs(), new org.transferdesk.deal.ui.LinkedResultsViewModel(context.search(), executor),
                    executor, ctx.dialogs(), events, this::openDeal);
            Parent root = new org.transferdesk.need.ui.NeedEditorView(vm, ctx.close()).build();
            vm.load(id, () -> { });
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    @Override
    public void openDeal(long id) {
        openDealEditor(id);
    }

    @Override
    public void newDeal() {
        openDealEditor(null);
    }

    private void openDealEditor(Long id) {
        editors.open(id == null ? "deal:new:" + System.nanoTime() : "deal:" + id, ctx -> {
            DealEditorViewModel vm = new DealEditorViewModel(context.deals(), context.counterparties(), context.search(),
                    assignees, executor, ctx.dialogs(), events);
            DealEditorView view = new DealEditorView(vm, ctx.close());
            Parent root = view.build();
            DealObligationsViewModel obligations = new DealObligationsViewModel(context.dealObligations(), executor);
            obligations.setOnSaved(events::dealSaved);
            view.addTab(I18n.t("dealObligations.tab"), new DealObligationsView(obligations).build());
            vm.addTab(obligations);
            DiligenceViewModel diligence = new DiligenceViewModel(context.diligence(), executor, ctx.dialogs(),
                    openFolder);
            view.addTab(I18n.t("dealEditor.tab.diligence"), new DiligenceView(diligence).build());
            vm.addTab(diligence::load);
            DealDistributionsViewModel rewards = new DealDistributionsViewModel(context.distributions(), executor,
                    events);
            view.addTab(I18n.t("dealRewards.tab"), new DealDistributionsView(rewards, this).build());
            vm.addTab(rewards::load);
            vm.session().onClose(rewards::close);
            view.addButton(I18n.t("dealEditor.exportNotice"), () -> exportNotice(vm.current(), ctx.dialogs()));
            view.addButton(I18n.t("dealRewards.distribute"), () -> {
                if (vm.current() != null && vm.current().id() != null) {
                    Receipt chosen = vm.receipts().selected();
                    newDistribution(vm.current().id(), chosen == null || chosen.id() == null ? Set.of() : Set.of(chosen.id()));
                }
            });
            vm.load(id, () -> { });
            return EditorWindows.Editor.of(root, vm.session());
        });
    }

    @Override
    public void openDistribution(long id) {
        editors.open("distribution:" + id, ctx -> distributionEditor(ctx, vm -> vm.load(id, () -> { })));
    }

    @Override
    public void openProposal(Proposal proposal) {
        editors.open("distribution:new:" + System.nanoTime(), ctx -> distributionEditor(ctx, vm -> vm.show(proposal)));
    }

    private EditorWindows.Editor distributionEditor(EditorWindows.Context ctx,
                                                    java.util.function.Consumer<DistributionEditorViewModel> start) {
        DistributionEditorViewModel vm = new DistributionEditorViewModel(context.distributions(), executor,
                ctx.dialogs(), events);
        PublicityDates publicity = vm.actions().publicity();
        Parent root = new DistributionEditorView(vm, export, ctx.close())
                .onExportNotice(() -> rewardExports.exportNotice(vm.current().id(), publicity.fromProperty().get(),
                        publicity.toProperty().get()))
                .build();
        start.accept(vm);
        return EditorWindows.Editor.of(root, vm.session());
    }

    @Override
    public void newDistribution(Long dealId) {
        newDistribution(dealId, Set.of());
    }

    /** The proposal window for a deal with the given receipts ticked (all undistributed ones when none given). */
    private void newDistribution(Long dealId, Set<Long> receiptIds) {
        editors.open("distribution:propose:" + (dealId == null ? "" : dealId), ctx -> {
            ProposalViewModel vm = new ProposalViewModel(context.distributions(), context.deals(),
                    context.disclosures(), executor);
            Parent root = new ProposalView(vm, this::openProposal, ctx.close()).build();
            vm.preselectReceipts(receiptIds);
            vm.load(dealId, () -> { });
            return new EditorWindows.Editor(root, () -> false, after -> after.accept(false),
                    new javafx.beans.property.SimpleStringProperty(I18n.t("proposal.title")));
        });
    }

    /** Writes the deal's price-publicity notice (as edited now) to an XLSX the user chooses. */
    private void exportNotice(org.transferdesk.deal.Deal deal, org.transferdesk.ui.DialogService editorDialogs) {
        String name = I18n.t("dealEditor.noticeFileName", deal.contractNo() == null ? "" : deal.contractNo());
        new PrintableExports(executor).chooseAndWrite(editorDialogs, I18n.t("dealEditor.exportNotice"), name,
                file -> org.transferdesk.export.PublicityNoticeXlsx.write(file, context.publicityNotices().noticeFor(deal)),
                file -> I18n.t("export.done", 1, file));
    }

    /** The language was saved in the settings: apply it and rebuild the main window in it. */
    private void languageChanged() {
        main.settleUnsaved(dialogs, () -> {
            I18n.setLocale(context.settings().language());
            editors.closeAll();
            events.clear();
            stage.getScene().setRoot(buildMain());
            stage.setTitle(I18n.t("app.title"));
            main.show(Module.SETTINGS);
        });
    }

    /** Asks about unsaved pages and editors, then closes the application. */
    public void exit() {
        main.settleUnsaved(dialogs, () -> {
            if (editors.closeAll()) {
                stage.close();
                Platform.exit();
            }
        });
    }

    /** For the window's close button: false keeps the app open (a page with unsaved work is asked about first). */
    public boolean confirmExit() {
        if (main.hasUnsaved()) {
            exit();
            return false;
        }
        return editors.closeAll();
    }

    /** Once the main window is up: restore the backup the app was opened with, else offer demo data to an empty database. */
    public void afterShown(java.util.Optional<java.nio.file.Path> restore) {
        restore.ifPresentOrElse(commands::restoreFrom, commands::offerDemoIfEmpty);
        // issue 20: the first save would pay the save path's first use; rehearsed once the home screen is filled
        whenBackgroundIdle(() -> saveWarmUp.start(context.deals()::rehearseSave));
    }

    SaveWarmUp saveWarmUp() {
        return saveWarmUp;
    }

    /** Background work waits until {@link #releaseBackgroundWork()}: the first window is drawn first. */
    void holdBackgroundWork() {
        executor.hold();
    }

    void releaseBackgroundWork() {
        executor.release();
    }

    /** Runs {@code action} on the UI thread once the background work given so far is done. */
    void whenBackgroundIdle(Runnable action) {
        executor.whenIdle(action);
    }

    public void shutdown() {
        try {
            colleagues.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Gui.class).warn("Could not stop hearing colleagues' changes", e);
        }
        executor.close();
    }

    /** Settings → 共享数据库… (issue 21): the office's server, tested, then remembered for the next start. */
    private void openSharedDatabase() {
        editors.open("shared-database", ctx -> {
            org.transferdesk.settings.ui.SharedDatabaseViewModel vm = new org.transferdesk.settings.ui
                    .SharedDatabaseViewModel(context.settings(), org.transferdesk.db.Database::probeServer, executor);
            if (!context.database().isServer()) {
                vm.copyingWith((server, password, progress) -> {
                    var done = org.transferdesk.bootstrap.SharedDatabaseCopy.copy(context, server, password,
                            progress);
                    return I18n.t("sharedDb.copied", done.totalRows(), done.documents(),
                            String.valueOf(done.firstYear()), String.valueOf(done.lastYear()));
                });
            }
            Parent root = new org.transferdesk.settings.ui.SharedDatabaseView(vm, ctx.close()).build();
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new javafx.beans.property.SimpleStringProperty(I18n.t("sharedDb.title")));
        });
    }

    /** Settings → 账户 → 用户管理… (issue 22): the shared database's accounts, for an administrator. */
    void openAccounts() {
        if (!context.signedIn().shared() || !context.signedIn().may(Role.Permission.MANAGE_ACCOUNTS)) {
            return; // the button is only there for an administrator; the database would refuse the rest anyway
        }
        editors.open("accounts", ctx -> {
            org.transferdesk.access.ui.AccountsViewModel vm = new org.transferdesk.access.ui.AccountsViewModel(
                    context.accounts(), executor, ctx.dialogs());
            Parent root = new org.transferdesk.access.ui.AccountsView(vm, ctx.close()).build();
            return new EditorWindows.Editor(root, () -> false, after -> after.accept(false),
                    new javafx.beans.property.SimpleStringProperty(I18n.t("accounts.title")));
        });
    }

    /**
     * At the start (issue 22): the embedded database's user who has not given a name yet is asked for it, once this
     * start; {@code then} runs once the question is answered (or at once when there is nothing to ask).
     */
    public void askLocalNameIfNeeded(Runnable then) {
        org.transferdesk.access.ui.LocalNameViewModel vm = new org.transferdesk.access.ui.LocalNameViewModel(
                context.accounts(), executor);
        if (!vm.needed()) {
            then.run();
            return;
        }
        askLocalName(named -> then.run());
    }

    /** Asks the embedded database's user for their name; the status bar and the settings show it once saved. */
    void askLocalName(Consumer<Boolean> after) {
        org.transferdesk.access.ui.LocalNameViewModel vm = new org.transferdesk.access.ui.LocalNameViewModel(
                context.accounts(), executor);
        new org.transferdesk.access.ui.LocalNameDialog(vm).show(stage, named -> {
            if (named) {
                showSignedIn();
            }
            after.accept(named);
        });
    }

    /**
     * After a successful sign-in to the shared database (issue 22): audits it, with the failed logins this PC saw
     * since the last one, in the background, then forgets them.
     */
    public void auditSignIn(org.transferdesk.access.FailedLogins failed) {
        if (!context.signedIn().shared()) {
            return;
        }
        executor.execute(org.transferdesk.ui.BackgroundTask.of(p -> {
            context.accounts().auditSignIn(failed.read());
            failed.clear();
            return null;
        }).onFailure(error -> org.slf4j.LoggerFactory.getLogger(Gui.class).warn(
                // not the user's to fix, and no reason to stop them working: the failed logins stay for the next time
                "The sign-in of {} could not be audited", context.signedIn().login(), error)));
    }

    private void showSignedIn() {
        if (accountSection != null) {
            accountSection.refresh();
        }
        if (mainViewModel != null) {
            mainViewModel.setSignedIn(context.signedIn().describe(), context.database().isServer()
                    ? serverName(context.database().url()) : null);
        }
    }

    /** "db.example.edu.cn:5432/transferdesk" of a JDBC URL. */
    static String serverName(String url) {
        String s = url.replaceFirst("^jdbc:postgresql://", "");
        int query = s.indexOf('?');
        return query < 0 ? s : s.substring(0, query);
    }

    /** Why the signed-in role may not save in the window of {@code key} (issue 22); empty when it may. */
    private java.util.Optional<String> readOnlyReason(String key) {
        org.transferdesk.access.SignedIn who = context.signedIn();
        if (!who.shared() || OWN_WINDOWS.contains(key)) {
            return java.util.Optional.empty();
        }
        if (OFFICE_WINDOWS.contains(key) && !who.may(Role.Permission.EDIT_SETTINGS)) {
            return java.util.Optional.of(NotPermittedException.of(Role.Permission.EDIT_SETTINGS)
                    .getLocalizedMessage());
        }
        if (!who.role().writes()) {
            return java.util.Optional.of(NotPermittedException.of(Role.Permission.EDIT_RECORDS).getLocalizedMessage());
        }
        return java.util.Optional.empty();
    }

    /** The office-wide settings' windows: an administrator's to change. */
    private static final Set<String> OFFICE_WINDOWS = Set.of("work-calendar", "reward-policy", "pilot-rules",
            "due-rules", "report-conventions");
    /** The user's own windows, never read-only. */
    private static final Set<String> OWN_WINDOWS = Set.of("shared-database", "accounts");

    /** The settings page's sentence when this role may only read the office-wide settings. */
    private java.util.Optional<String> officeRulesReadOnly() {
        org.transferdesk.access.SignedIn who = context.signedIn();
        return who.shared() && !who.may(Role.Permission.EDIT_SETTINGS)
                ? java.util.Optional.of(I18n.t("accounts.officeReadOnly", NotPermittedException.of(
                        Role.Permission.EDIT_SETTINGS).getLocalizedMessage()))
                : java.util.Optional.empty();
    }

    EditorWindows editors() {
        return editors;
    }

    public DataEvents events() {
        return events;
    }
}
