package org.transferdesk.ledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.ImportError;
import org.transferdesk.ledger.ImportFailedException;
import org.transferdesk.ledger.ImportPreview;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.SheetCounts;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.TaskExecutor;

/**
 * The import wizard: choose a workbook or CSV folder, check it (nothing written), see the counts or
 * every error, then import all of it in one transaction. Both steps show progress and can be cancelled.
 */
public final class ImportWizardViewModel {
    /** Where the wizard is. */
    public enum Step { CHOOSE, CHECKING, CHECKED, IMPORTING, DONE }

    private final LedgerImporter importer;
    private final TaskExecutor executor;
    private final DataEvents events;
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final BooleanProperty updateExisting = new SimpleBooleanProperty();
    private final BooleanProperty includeHidden = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<SheetCounts> counts = FXCollections.observableArrayList();
    private final ObservableList<ImportError> errors = FXCollections.observableArrayList();
    private ImportPreview preview;
    private TaskExecutor.TaskHandle running;

    public ImportWizardViewModel(LedgerImporter importer, TaskExecutor executor, DataEvents events) {
        this.importer = importer;
        this.executor = executor;
        this.events = events;
        source.addListener((o, a, b) -> reset());
        updateExisting.addListener((o, a, b) -> reset());
        includeHidden.addListener((o, a, b) -> reset());
    }

    private void reset() {
        if (step.get() == Step.CHECKED || step.get() == Step.DONE) {
            step.set(Step.CHOOSE);
            counts.clear();
            errors.clear();
            message.set("");
        }
    }

    /** Reads and validates the source; writes nothing. */
    public void check() {
        Path chosen = source.get();
        if (chosen == null || !Files.exists(chosen)) {
            message.set(I18n.t("import.chooseFirst"));
            return;
        }
        step.set(Step.CHECKING);
        counts.clear();
        errors.clear();
        message.set(I18n.t("import.checking"));
        boolean update = updateExisting.get();
        boolean hidden = includeHidden.get();
        running = executor.execute(BackgroundTask.of(p -> importer.preview(chosen, update, hidden, p))
                .onProgress((fraction, text) -> progress.set(fraction))
                .onSuccess(result -> {
                    preview = result;
                    counts.setAll(result.counts());
                    // notices follow the errors in the same list: what was read as 万元, skipped or ignored
                    errors.setAll(result.errors());
                    errors.addAll(result.notices());
                    String ready = result.hasErrors() ? I18n.t("import.hasErrors", result.errors().size())
                            : I18n.t("import.ready");
                    message.set(result.notices().isEmpty() ? ready
                            : ready + " " + I18n.t("import.notices", result.notices().size()));
                    step.set(Step.CHECKED);
                })
                .onCancelled(() -> {
                    message.set(I18n.t("import.cancelled"));
                    step.set(Step.CHOOSE);
                })
                .onFailure(error -> {
                    message.set(org.transferdesk.ui.ErrorHandler.plainMessage(error));
                    step.set(Step.CHOOSE);
                }));
    }

    public boolean canImport() {
        return step.get() == Step.CHECKED && preview != null && !preview.hasErrors();
    }

    /** Writes everything in one transaction; on any error or cancellation nothing is written. */
    public void runImport() {
        if (!canImport()) {
            return;
        }
        step.set(Step.IMPORTING);
        message.set(I18n.t("import.importing"));
        ImportPreview checked = preview;
        running = executor.execute(BackgroundTask.of(p -> importer.commit(checked, p))
                .onProgress((fraction, text) -> progress.set(fraction))
                .onSuccess(result -> {
                    counts.setAll(result.counts());
                    int created = result.counts().stream().mapToInt(SheetCounts::created).sum();
                    int updated = result.counts().stream().mapToInt(SheetCounts::updated).sum();
                    message.set(I18n.t("import.done", created, updated));
                    step.set(Step.DONE);
                    events.allChanged();
                })
                .onCancelled(() -> {
                    message.set(I18n.t("import.cancelledNothingWritten"));
                    step.set(Step.CHECKED);
                })
                .onFailure(error -> {
                    if (error instanceof ImportFailedException failed) {
                        errors.setAll(failed.errors());
                    }
                    message.set(I18n.t("import.failedNothingWritten") + " "
                            + org.transferdesk.ui.ErrorHandler.plainMessage(error));
                    step.set(Step.CHECKED);
                    preview = null;
                }));
    }

    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    public boolean isBusy() {
        return step.get() == Step.CHECKING || step.get() == Step.IMPORTING;
    }

    public ObjectProperty<Path> sourceProperty() {
        return source;
    }

    /** Whether rows hidden in the workbook (filtered out) are imported too; off by default. */
    public BooleanProperty includeHiddenProperty() {
        return includeHidden;
    }

    public BooleanProperty updateExistingProperty() {
        return updateExisting;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<SheetCounts> counts() {
        return counts;
    }

    /** Writes every problem and note listed to a CSV in the background; says where it went. */
    public void exportProblems(java.nio.file.Path target) {
        java.util.List<ImportError> listed = java.util.List.copyOf(errors);
        executor.execute(BackgroundTask.of(p -> {
            org.transferdesk.ledger.ImportProblems.writeCsv(target, listed);
            return target;
        }).onSuccess(t -> message.set(I18n.t("import.problemsExported", listed.size(), t)))
                .onFailure(e -> message.set(org.transferdesk.ui.ErrorHandler.plainMessage(e))));
    }

    public ObservableList<ImportError> errors() {
        return errors;
    }
}
