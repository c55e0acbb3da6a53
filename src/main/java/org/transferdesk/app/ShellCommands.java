package org.transferdesk.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.AppInfo;
import org.transferdesk.common.I18n;
import org.transferdesk.db.BackupService;
import org.transferdesk.demo.DemoService;
import org.transferdesk.ledger.LedgerTemplate;
import org.transferdesk.reward.export.ui.RewardExportDialogViewModel;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ShellActions;
import org.transferdesk.ui.TaskExecutor;
import org.transferdesk.ui.Theme;

/** The main menu's commands: import, template, backup, restore, reward documents, about, exit. */
final class ShellCommands implements ShellActions {
    private final AppContext context;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;
    private final Runnable exit;
    private final Runnable importWizard;
    private final Runnable firstRunSetup;
    private final RewardExportCommands rewardExports;

    ShellCommands(AppContext context, TaskExecutor executor, DialogService dialogs, DataEvents events, Runnable exit,
                  Runnable importWizard, Runnable firstRunSetup, RewardExportCommands rewardExports) {
        this.importWizard = importWizard;
        this.firstRunSetup = firstRunSetup;
        this.rewardExports = rewardExports;
        this.context = context;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.exit = exit;
    }

    @Override
    public void importLedger() {
        importWizard.run();
    }

    /**
     * 导出台账: the records in the import format, one workbook; in the background, then says where and how many,
     * and (in a dialog) what the format could not hold.
     */
    @Override
    public void exportLedger() {
        chooseWorkbook("menu.exportLedger", "TransferDesk-台账.xlsx", target ->
                executor.execute(BackgroundTask.of(p -> context.ledgerExport().write(target))
                        .onSuccess(written -> {
                            String done = I18n.t("cli.export.ledgerWritten", written.rows(), target);
                            if (written.notes().isEmpty()) {
                                dialogs.notify(done);
                            } else {
                                // what was left out must not vanish with a passing notice
                                dialogs.showInfo(I18n.t("menu.exportLedger"),
                                        done + "\n\n" + String.join("\n", written.notes()));
                            }
                        })));
    }

    @Override
    public void downloadTemplate() {
        chooseWorkbook("menu.template", "TransferDesk-台账导入模板.xlsx", target ->
                executor.execute(BackgroundTask.of(p -> {
                    LedgerTemplate.write(target);
                    return target;
                }).onSuccess(t -> dialogs.notify(I18n.t("template.saved", t)))));
    }

    /** Asks where to save a workbook (titled {@code titleKey}); a name typed without ".xlsx" gets it. */
    private void chooseWorkbook(String titleKey, String suggested, java.util.function.Consumer<Path> then) {
        dialogs.chooseFileToSaveAs(I18n.t(titleKey), suggested, "xlsx", I18n.t("file.xlsx")).ifPresent(then);
    }

    @Override
    public void backupNow() {
        if (context.database().isServer()) {
            // issue 21: the server's backups are IT's (pg_dump); the office-side copy is the ledger export
            dialogs.showInfo(I18n.t("menu.backup"), I18n.t("backup.shared"));
            return;
        }
        DialogService.ProgressHandle progress = dialogs.showProgress(I18n.t("menu.backup"), I18n.t("backup.running"),
                null);
        executor.execute(BackgroundTask.of(p -> context.backups().backup(context.database(), AppInfo.version()))
                .onFinished(progress::close)
                .onSuccess(file -> dialogs.showInfo(I18n.t("menu.backup"), I18n.t("backup.done", file))));
    }

    @Override
    public void restoreBackup() {
        if (context.database().isServer()) {
            dialogs.showInfo(I18n.t("menu.restore"), I18n.t("restore.shared"));
            return;
        }
        var type = new DialogService.FileType(I18n.t("file.backup"), List.of("*" + BackupService.EXTENSION));
        dialogs.chooseFileToOpen(I18n.t("menu.restore"), List.of(type)).ifPresent(this::restoreFrom);
    }

    /** Asks, then replaces the database with the backup and closes the app (it restarts on the restored data). */
    void restoreFrom(Path file) {
        if (!dialogs.confirm(I18n.t("menu.restore"), I18n.t("restore.confirm", file.getFileName()))) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            BackupService.verifyFor(file, context.folder().database()); // an encrypted one: this start's password
            context.close();
            BackupService.restore(file, context.folder().database());
            return file;
        }).onSuccess(f -> {
            dialogs.showInfo(I18n.t("menu.restore"), I18n.t("restore.done"));
            Platform.exit();
        }).onFailure(error -> {
            dialogs.showError(I18n.t("menu.restore"), org.transferdesk.ui.ErrorHandler.plainMessage(error), error);
            if (context.isClosed()) {
                // The database was closed for the swap: the app cannot go on without it.
                Platform.exit();
            }
        }));
    }

    /**
     * First start: an empty database gets the first-run setup (once), which ends in importing the ledger, the
     * demo data or nothing. A demo interrupted before it was finished
     * (the app was killed while filling) is offered again on every start, to be made anew; declined, its records
     * become the office's and are never wiped (issue 19).
     */
    void offerDemoIfEmpty() {
        boolean offered = context.settings().demoOffered();
        executor.execute(BackgroundTask.of(p -> context.demo().unfinished() ? Boolean.TRUE
                        : !offered && context.demo().isEmpty() ? Boolean.FALSE : null)
                .onSuccess(unfinished -> {
                    if (!offered) {
                        context.settings().setDemoOffered(true);
                        saveSettingsQuietly();
                    }
                    if (unfinished == null) {
                        return;
                    }
                    if (!unfinished) {
                        firstRunSetup.run();
                        return;
                    }
                    if (dialogs.confirm(I18n.t("gui.demo.title"), I18n.t("gui.demo.unfinished"))) {
                        fillDemo();
                    } else {
                        executor.execute(BackgroundTask.of(p -> {
                            context.demo().keep();
                            return null;
                        }));
                    }
                }));
    }

    void fillDemo() {
        TaskExecutor.TaskHandle[] running = new TaskExecutor.TaskHandle[1];
        DialogService.ProgressHandle progress = dialogs.showProgress(I18n.t("gui.demo.title"),
                I18n.t("gui.demo.filling"), () -> running[0].cancel());
        running[0] = executor.execute(BackgroundTask.of(p -> context.demo().fill(DemoService.DEFAULT_PEOPLE,
                        DemoService.DEFAULT_RESULTS, p))
                .onProgress(progress::update)
                .onFinished(progress::close)
                .onSuccess(made -> {
                    events.allChanged();
                    dialogs.notify(I18n.t("gui.demo.done", made.people(), made.results(), made.ipAssets()));
                }));
    }

    private void saveSettingsQuietly() {
        try {
            context.settings().save();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ShellCommands.class).warn("Could not save settings", e);
        }
    }

    @Override
    public void exportTaxFiling() {
        rewardExports.export(RewardExportDialogViewModel.Kind.TAX_FILING);
    }

    @Override
    public void exportPayroll() {
        rewardExports.export(RewardExportDialogViewModel.Kind.PAYROLL);
    }

    @Override
    public void exportRewardStatement() {
        rewardExports.export(RewardExportDialogViewModel.Kind.STATEMENT);
    }

    @Override
    public void about() {
        String java = System.getProperty("java.version");
        String javafx = System.getProperty("javafx.runtime.version", "21");
        dialogs.showInfo(I18n.t("about.title"), I18n.t("about.text", AppInfo.version(), java, javafx,
                context.folder().root()));
    }

    @Override
    public void zoom(int percent) {
        Theme.zoomProperty().set(Theme.nearestZoom(percent));
        context.settings().setZoom(Theme.zoomProperty().get());
        saveSettingsQuietly();
    }

    @Override
    public void exit() {
        exit.run();
    }
}
