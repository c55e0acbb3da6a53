package org.transferdesk.app;

import org.transferdesk.settings.OfficeSettings;
import java.time.Clock;
import org.transferdesk.due.DueService;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueItem;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.due.export.DueIcs;
import org.transferdesk.due.ui.DoneMarksView;
import org.transferdesk.due.ui.DoneMarksViewModel;
import org.transferdesk.due.ui.DueRulesViewModel;
import org.transferdesk.settings.ui.DatedRulesView;
import org.transferdesk.due.ui.DueView;
import org.transferdesk.due.ui.DueViewModel;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.fees.export.FeePlanXlsx;
import org.transferdesk.fees.ui.FeePlanView;
import org.transferdesk.fees.ui.FeePlanViewModel;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.Theme;

/**
 * The deadline screens of the GUI: the Due page (待办), its calendar export, the fee budget and done-marks
 * windows, and the
 * navigation badge counting what is overdue or due within the smallest reminder level.
 */
final class DueWindows {
    /** The services these windows use, and nothing else of the application (issue 23). */
    record Services(DueService due, Clock clock, OfficeSettings office) {
    }

    private final Services services;
    private final Shell shell;
    private final Consumer<RecordRef> open;
    private long badgeGeneration;
    private Stage feePlanStage;

    DueWindows(Services services, Shell shell, Consumer<RecordRef> open) {
        this.services = services;
        this.shell = shell;
        this.open = open;
    }

    Page page() {
        DueViewModel vm = new DueViewModel(services.due(), shell.executor(), shell.events());
        DueView view = new DueView(vm, open::accept, shell.export());
        view.onFeePlan(this::openFeePlan);
        view.onExportIcs(() -> exportIcs(vm.shown(), vm.today()));
        view.onShowDone(this::openDoneMarks);
        return view.build();
    }

    /** 导出 → 日历 (.ics): the items as shown, as all-day events with alarms at the reminder levels ahead. */
    private void exportIcs(List<DueItem> items, LocalDate today) {
        new PrintableExports(shell.executor()).chooseAndWrite(shell.dialogs(), I18n.t("due.exportIcs"),
                I18n.t("due.icsFileName", today.toString()), "ics", I18n.t("due.icsFiles"),
                target -> DueIcs.write(target, items, today, services.due().reminderDays(today),
                        services.clock().instant()),
                target -> I18n.t("rewardExport.dialog.saved", target));
    }

    /** Settings → 待办与专利年费规则…: reminder levels, reminders' start, report deadline, fee schedule. */
    void openRules() {
        shell.editors().open("due-rules", ctx -> {
            DueRulesViewModel vm = new DueRulesViewModel(services.due(), services.office(), shell.executor(),
                    ctx.dialogs(),
                    services.clock());
            Parent root = new DatedRulesView(vm, ctx.close(), java.util.Map.of(), I18n.t("rulesEdit.dueHint"))
                    .build();
            vm.load();
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new javafx.beans.property.SimpleStringProperty(I18n.t("dueRules.title")));
        });
    }

    /** 已办记录…: the done marks, with 撤销已办. */
    private void openDoneMarks() {
        DoneMarksViewModel vm = new DoneMarksViewModel(services.due(), shell.executor(), shell.events());
        Stage window = new Stage();
        window.initOwner(shell.stage());
        showWindow(window, new DoneMarksView(vm).build(), I18n.t("dueDone.title"));
    }

    /** 专利年费预算…: one window, owned by the main window; asking again brings it to the front. */
    void openFeePlan() {
        if (feePlanStage != null && feePlanStage.isShowing()) {
            feePlanStage.toFront();
            feePlanStage.requestFocus();
            return;
        }
        Stage window = new Stage();
        window.initOwner(shell.stage());
        DialogService windowDialogs = shell.dialogs().ownedBy(() -> window);
        FeePlanViewModel vm = new FeePlanViewModel(services.due(), shell.executor())
                .onExports(new FeePlanViewModel.Exports() {
            @Override
            public void plan(FeePlan plan) {
                exportPlan(windowDialogs, plan);
            }

            @Override
            public void review(List<ReviewRow> rows, LocalDate today, int years) {
                exportReview(windowDialogs, rows, today, years);
            }
        });
        feePlanStage = window;
        showWindow(window, new FeePlanView(vm).build(), I18n.t("feePlan.title"));
    }

    /** A secondary window of the Due page, themed; Esc closes it. */
    private static void showWindow(Stage window, Parent root, String title) {
        Theme.apply(root);
        Scene scene = new Scene(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                window.close();
            }
        });
        window.setScene(scene);
        window.setTitle(title);
        window.show();
    }

    private void exportPlan(DialogService windowDialogs, FeePlan plan) {
        new PrintableExports(shell.executor()).chooseAndWrite(windowDialogs, I18n.t("feePlan.exportPlan"),
                I18n.t("feePlan.fileName", String.valueOf(plan.year())), target -> FeePlanXlsx.write(target, plan),
                target -> I18n.t("rewardExport.dialog.saved", target));
    }

    private void exportReview(DialogService windowDialogs, List<ReviewRow> rows, LocalDate today, int years) {
        new PrintableExports(shell.executor()).chooseAndWrite(windowDialogs, I18n.t("feePlan.exportReview"),
                I18n.t("feePlan.review.fileName", today.toString()),
                target -> FeePlanXlsx.writeReview(target, rows, today, years),
                target -> I18n.t("rewardExport.dialog.saved", target));
    }

    /**
     * Makes the due list incremental in the GUI, where every save announces itself: each change re-derives
     * only the items of the records it touches; the badge, the Due page and the home screen then read the one
     * up-to-date list.
     */
    static void keepCurrent(org.transferdesk.due.DueService due, DataEvents events) {
        due.incremental();
        events.keepCurrent(change -> announce(due, change));
    }

    /** What a data event means for the due list. */
    static void announce(org.transferdesk.due.DueService due, DataEvents.Change change) {
        switch (change.kind()) {
            case DEAL -> due.changed(RecordType.DEAL, change.id());
            case DISTRIBUTION -> due.changed(RecordType.DISTRIBUTION, change.id());
            case PILOT -> due.changed(RecordType.PILOT, change.id());
            case PERSON -> due.changed(RecordType.PERSON, change.id());
            case RESULT -> due.changed(RecordType.RESULT, change.id());
            case ALL -> due.changedAll();
            // done marks and needs' deadlines are read on every call, fee payments announce themselves inside
            // DueService, and a changed setting changes the settings the cache compares; departments derive nothing
            case DUE, DEPARTMENT, NEED -> {
            }
        }
    }

    /** Keeps the 待办 badge current: counted in the background now and after every change of records. */
    void keepBadge(java.util.function.BiConsumer<Module, Integer> show) {
        shell.events().subscribe(change -> refreshBadge(show));
        refreshBadge(show);
    }

    private void refreshBadge(java.util.function.BiConsumer<Module, Integer> show) {
        long mine = ++badgeGeneration;
        shell.executor().execute(BackgroundTask.of(p -> services.due().urgentCount(services.due().today()))
                .onSuccess(n -> {
                    if (mine == badgeGeneration) {
                        show.accept(Module.DUE, n);
                    }
                }));
    }
}
