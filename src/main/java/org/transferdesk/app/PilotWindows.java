package org.transferdesk.app;

import org.transferdesk.pilot.export.PilotDocuments;
import java.time.Clock;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.people.PeopleService;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.ui.PilotDocumentsViewModel;
import org.transferdesk.pilot.ui.PilotEditorView;
import org.transferdesk.pilot.ui.PilotEditorViewModel;
import org.transferdesk.pilot.ui.PilotListView;
import org.transferdesk.pilot.ui.PilotListViewModel;
import org.transferdesk.pilot.ui.PilotRulesViewModel;
import org.transferdesk.settings.ui.DatedRulesView;
import org.transferdesk.pilot.ui.PilotTeamViewModel;
import org.transferdesk.pilot.ui.ResultChooserDialog;
import org.transferdesk.ui.Assignees;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.Page;

/**
 * The pilot (赋权) screens of the GUI: the case list page, case editors and the pilot-rules window.
 * {@link #exportPublicity} and {@link #exportRegister} are where the documents service is wired in.
 */
final class PilotWindows {
    /** The services these windows use, and nothing else of the application (issue 23). */
    record Services(SearchService search, PilotService pilots, PeopleService people, OfficeSettings office,
                    Clock clock, PilotDocuments pilotDocuments, Assignees assignees) {
    }

    private final Services services;
    private final Shell shell;
    private final Consumer<Path> openFile;
    private final LongConsumer openResult;

    PilotWindows(Services services, Shell shell, Consumer<Path> openFile, LongConsumer openResult) {
        this.services = services;
        this.shell = shell;
        this.openFile = openFile;
        this.openResult = openResult;
    }

    Page listPage() {
        ResultChooserDialog chooser = new ResultChooserDialog(term -> services.search().search(term, 30),
                shell.executor(), shell::stage);
        PilotListView view = new PilotListView(new PilotListViewModel(services.pilots(), shell.executor(),
                shell.events()), new PilotNavigatorAdapter(), shell.export(), chooser);
        view.onExportRegister(() -> exportRegister(shell.dialogs()));
        return view.build();
    }

    void openCase(long id) {
        shell.editors().open("pilot:" + id, ctx -> editor(ctx, vm -> vm.load(id, () -> { })));
    }

    /**
     * 发起赋权 on a result: its open case if it has one, else a new case — the service's refusal (ineligible
     * type) is shown and no window stays.
     */
    void startCase(long disclosureId) {
        shell.executor().execute(BackgroundTask.of(p -> services.pilots().openCaseOf(disclosureId))
                .onSuccess(open -> {
                    if (open.isPresent()) {
                        openCase(open.get().id());
                    } else {
                        startNew(disclosureId);
                    }
                }));
    }

    private void startNew(long disclosureId) {
        String key = "pilot:new:" + disclosureId;
        shell.editors().open(key, ctx -> editor(ctx, vm -> vm.startFor(disclosureId, () -> { }, error -> {
            shell.dialogs().showError(I18n.t("pilotEditor.startTitle"), ErrorHandler.plainMessage(error), null);
            shell.editors().discard(key);
        })));
    }

    private EditorWindows.Editor editor(EditorWindows.Context ctx, Consumer<PilotEditorViewModel> start) {
        PilotEditorViewModel vm = new PilotEditorViewModel(services.pilots(), new PilotTeamViewModel(services.people()),
                services.assignees(), shell.executor(), ctx.dialogs(), shell.events());
        PilotDocumentsViewModel docs = vm.flowTab().documents();
        docs.setOpener(openFile);
        Parent root = new PilotEditorView(vm, ctx.close(), openResult)
                .onExportPublicity(() -> exportPublicity(vm, ctx.dialogs())).build();
        start.accept(vm);
        return EditorWindows.Editor.of(root, vm.session());
    }

    void openRules() {
        shell.editors().open("pilot-rules", ctx -> {
            PilotRulesViewModel vm = new PilotRulesViewModel(services.office(), shell.executor(), ctx.dialogs(),
                    services.clock());
            Parent root = new DatedRulesView(vm, ctx.close(), java.util.Map.of(), null).build();
            vm.load();
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new SimpleStringProperty(I18n.t("pilotRules.title")));
        });
    }

    /** "导出公示…" on the case editor: the grant publicity notice of the saved case. */
    void exportPublicity(PilotEditorViewModel vm, DialogService editorDialogs) {
        Long id = vm.stored() == null ? null : vm.stored().id();
        if (id == null) {
            editorDialogs.notify(I18n.t("pilot.error.saveFirst"));
            return;
        }
        new PrintableExports(shell.executor()).chooseAndWrite(editorDialogs, I18n.t("pilotEditor.exportPublicity"),
                I18n.t("pilotExport.notice.fileName", vm.stored().caseNo()),
                () -> List.of(services.pilotDocuments().notice(id)));
    }

    /** "导出台账…" on the list: the case register for the provincial science department. */
    void exportRegister(DialogService listDialogs) {
        new PrintableExports(shell.executor()).chooseAndWrite(listDialogs, I18n.t("pilotList.exportRegister"),
                I18n.t("pilotExport.register.fileName", java.time.LocalDate.now(services.clock()).toString()),
                () -> List.of(services.pilotDocuments().register()));
    }

    private final class PilotNavigatorAdapter implements org.transferdesk.pilot.ui.PilotNavigator {
        @Override
        public void openCase(long id) {
            PilotWindows.this.openCase(id);
        }

        @Override
        public void startCase(long disclosureId) {
            PilotWindows.this.startCase(disclosureId);
        }
    }
}
