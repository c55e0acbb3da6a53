package org.transferdesk.ledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.transferdesk.ledger.ImportMapping;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.MappingProfiles;
import org.transferdesk.ledger.MappingReport;
import org.transferdesk.ledger.PreviewSample;
import org.transferdesk.ledger.SheetCounts;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.TaskExecutor;

/**
 * The import wizard: choose a workbook or CSV folder and, if the office has one, a mapping profile; check it (nothing
 * written); see how every worksheet, header and value was read and answer the questions (the mapping step), the first
 * rows as they will be stored, and the problems grouped by cause; check again with the answers; save them as a
 * profile; then import all of it in one transaction. Checking and importing show progress and can be cancelled.
 */
public final class ImportWizardViewModel {
    /** Where the wizard is. */
    public enum Step { CHOOSE, CHECKING, CHECKED, IMPORTING, DONE }

    /** A check and what the wizard shows of it. */
    private record Checked(ImportPreview preview, List<MappingRow> rows, List<ProblemGroup> groups,
                           List<PreviewSample> samples) {
    }

    /** How many rows of each sheet the preview shows as they will be stored. */
    static final int SAMPLE_ROWS = 5;

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
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<ProblemGroup> problemGroups = FXCollections.observableArrayList();
    private final ObservableList<PreviewSample> samples = FXCollections.observableArrayList();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final StringProperty profileName = new SimpleStringProperty("");
    /** The clerk ticked that the automatic readings shown are right. */
    private final BooleanProperty guessesConfirmed = new SimpleBooleanProperty();
    private final BooleanProperty hasGuesses = new SimpleBooleanProperty();
    /** A choice in the mapping step changed since the last check: check again before importing or saving. */
    private final BooleanProperty mappingChanged = new SimpleBooleanProperty();
    private final StringProperty mappingSummary = new SimpleStringProperty("");
    private final MappingProfiles profiles;
    /** The profile the next check reads with: the one loaded, with the clerk's answers. */
    private ImportMapping mapping = ImportMapping.NONE;
    private ImportPreview preview;
    private TaskExecutor.TaskHandle running;

    public ImportWizardViewModel(LedgerImporter importer, TaskExecutor executor, DataEvents events) {
        this(importer, executor, events, null);
    }

    /** {@code profiles}: the data folder's mapping profiles; null when there is nowhere to keep them. */
    public ImportWizardViewModel(LedgerImporter importer, TaskExecutor executor, DataEvents events,
                                 MappingProfiles profiles) {
        this.importer = importer;
        this.executor = executor;
        this.events = events;
        this.profiles = profiles;
        source.addListener((o, a, b) -> reset());
        updateExisting.addListener((o, a, b) -> reset());
        includeHidden.addListener((o, a, b) -> reset());
    }

    /** Lists the office's profiles in the background and loads the one used last (the newest file), if any. */
    public void loadProfiles() {
        if (profiles == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
                    java.util.List<String> names = profiles.names();
                    return java.util.Map.entry(names, profiles.newest(names).orElse(""));
                })
                .onSuccess(found -> {
                    profileNames.setAll(found.getKey());
                    if (!found.getValue().isEmpty()) {
                        useProfile(found.getValue());
                    }
                }));
    }

    /** Reads the named profile in the background; the next check reads with it. */
    public void useProfile(String name) {
        if (profiles == null || name == null || name.isBlank()) {
            mapping = ImportMapping.NONE;
            return;
        }
        executor.execute(BackgroundTask.of(p -> profiles.read(name)).onSuccess(m -> {
            mapping = m;
            profileName.set(name);
            message.set(I18n.t("import.profileLoaded", name));
            reset();
        }).onFailure(e -> message.set(e instanceof ImportFailedException f && !f.errors().isEmpty()
                ? f.errors().get(0).message() : org.transferdesk.ui.ErrorHandler.plainMessage(e))));
    }

    /** Saves what the last check read with (the profile, every guess, every answer) under the name typed. */
    public void saveProfile() {
        String name = profileName.get() == null ? "" : profileName.get().strip();
        if (profiles == null || preview == null || name.isEmpty()) {
            message.set(I18n.t("import.profileNameFirst"));
            return;
        }
        if (mappingChanged.get()) {
            message.set(I18n.t("import.mappingChanged"));
            return;
        }
        ImportMapping toSave = preview.mapping().mapping();
        executor.execute(BackgroundTask.of(p -> profiles.write(name, toSave)).onSuccess(file -> {
            mapping = toSave;
            if (!profileNames.contains(name)) {
                profileNames.add(name);
            }
            message.set(I18n.t("import.profileSaved", name, file));
        }).onFailure(e -> message.set(org.transferdesk.ui.ErrorHandler.plainMessage(e))));
    }

    /** A choice in the mapping step: written into the profile the next check reads with. */
    public void answer(MappingRow row) {
        mapping = row.answer(mapping);
        mappingChanged.set(mappingRows.stream().anyMatch(MappingRow::changed));
        if (mappingChanged.get()) {
            message.set(I18n.t("import.mappingChanged"));
        }
    }

    private void reset() {
        if (step.get() == Step.CHECKED || step.get() == Step.DONE) {
            step.set(Step.CHOOSE);
            counts.clear();
            errors.clear();
            mappingRows.clear();
            problemGroups.clear();
            samples.clear();
            mappingSummary.set("");
            mappingChanged.set(false);
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
        LedgerImporter.Options options = new LedgerImporter.Options(updateExisting.get(), includeHidden.get(), mapping);
        // the mapping lines, problem groups and first rows are worked out in the background with the check
        running = executor.execute(BackgroundTask.of(p -> {
                    ImportPreview checked = importer.preview(chosen, options, p);
                    List<MappingRow> rows = MappingRow.of(checked.mapping());
                    return new Checked(checked, rows, ProblemGroup.of(checked.errors(), rows),
                            checked.sample(SAMPLE_ROWS));
                })
                .onProgress((fraction, text) -> progress.set(fraction))
                .onSuccess(checked -> {
                    ImportPreview result = checked.preview();
                    preview = result;
                    counts.setAll(result.counts());
                    // notices follow the errors in the same list: what was read as 万元, skipped or ignored
                    errors.setAll(result.errors());
                    errors.addAll(result.notices());
                    MappingReport report = result.mapping();
                    mappingRows.setAll(checked.rows());
                    problemGroups.setAll(checked.groups());
                    samples.setAll(checked.samples());
                    hasGuesses.set(report.hasGuesses());
                    guessesConfirmed.set(false);
                    mappingChanged.set(false);
                    mappingSummary.set(I18n.t("import.mappingSummary",
                            mappingRows.stream().filter(r -> r.origin() == MappingReport.Origin.GUESSED).count(),
                            report.openQuestions(),
                            mappingRows.stream().filter(r -> r.origin() == MappingReport.Origin.UNMAPPED
                                    && r.kind() != MappingRow.Kind.QUESTION).count()));
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

    /**
     * After a clean check, with the mapping as checked (no choice changed since) and any automatic reading confirmed
     * by the clerk: a guess is shown and confirmed, never applied silently.
     */
    public boolean canImport() {
        return step.get() == Step.CHECKED && preview != null && !preview.hasErrors() && !mappingChanged.get()
                && (!hasGuesses.get() || guessesConfirmed.get());
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

    /**
     * Writes every problem and note listed, in the background: to {@code target} ending in .xlsx a copy of the checked
     * workbook with the bad cells highlighted and a 问题 column (to fix them in Excel), otherwise a CSV list.
     */
    public void exportProblems(java.nio.file.Path target) {
        java.util.List<ImportError> listed = java.util.List.copyOf(errors);
        ImportPreview checked = preview;
        Path checkedSource = source.get();
        boolean workbook = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        executor.execute(BackgroundTask.of(p -> {
            if (workbook && checked != null && checkedSource != null) {
                org.transferdesk.ledger.ProblemWorkbook.write(checkedSource, checked, true, target);
            } else {
                org.transferdesk.ledger.ImportProblems.writeCsv(target, listed);
            }
            return target;
        }).onSuccess(t -> message.set(I18n.t("import.problemsExported", listed.size(), t)))
                .onFailure(e -> message.set(org.transferdesk.ui.ErrorHandler.plainMessage(e))));
    }

    /** The file name proposed for the highlighted copy of the checked ledger. */
    public String problemWorkbookName() {
        return source.get() == null ? I18n.t("import.problemsFile")
                : org.transferdesk.ledger.ProblemWorkbook.suggestedFileName(source.get());
    }

    public ObservableList<ImportError> errors() {
        return errors;
    }

    /** The mapping step's lines: questions, guesses, what is left out, and the rest. */
    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public ObservableList<ProblemGroup> problemGroups() {
        return problemGroups;
    }

    /** The first rows of each sheet as they will be stored. */
    public ObservableList<PreviewSample> samples() {
        return samples;
    }

    public ObservableList<String> profileNames() {
        return profileNames;
    }

    public StringProperty profileNameProperty() {
        return profileName;
    }

    public BooleanProperty guessesConfirmedProperty() {
        return guessesConfirmed;
    }

    public BooleanProperty hasGuessesProperty() {
        return hasGuesses;
    }

    public BooleanProperty mappingChangedProperty() {
        return mappingChanged;
    }

    public StringProperty mappingSummaryProperty() {
        return mappingSummary;
    }

    /** The profile the next check reads with. */
    public ImportMapping mapping() {
        return mapping;
    }

    public boolean hasProfiles() {
        return profiles != null;
    }
}
