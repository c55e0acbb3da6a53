package org.transferdesk.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.ValidationException;

/**
 * What every record editor shares, so each editor keeps only its own form: the record as stored, the
 * dirty check against it, the busy flag, the problems panel and field errors of a refused save, loading
 * and saving in the background, the offer to reload after someone else saved the record, the prompt
 * before unsaved changes are lost, and the listeners to release when the window closes.
 * Plain view-model code: tested without the toolkit on a {@link CurrentThreadTaskExecutor}.
 *
 * @param <T> the record edited (as loaded or last saved)
 */
public final class EditorSession<T> {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** The field each listed problem names (by its message), for the problems panel's links to the fields. */
    private final java.util.Map<String, String> problemFields = new java.util.HashMap<>();
    private final ReadOnlyStringWrapper windowTitle;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper readOnly = new ReadOnlyStringWrapper("");
    private final List<Runnable> releases = new ArrayList<>();
    private Predicate<T> changed = stored -> false;
    private Predicate<T> inDatabase = stored -> false;
    private List<String> fieldOrder = List.of();
    private boolean distinctProblems;
    private boolean errorsOnFields;
    private Function<Problem, String> wording = Problem::message;
    private Runnable reload;
    private Consumer<Consumer<Boolean>> saveCommand = after -> after.accept(false);
    private T stored;

    /** {@code newTitle}: the window's title before anything is shown (may be empty). */
    public EditorSession(TaskExecutor executor, DialogService dialogs, String newTitle) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.windowTitle = new ReadOnlyStringWrapper(newTitle);
        // a list set by the editor itself (a plain message) keeps only the fields of the problems still listed
        problems.addListener((ListChangeListener<String>) c -> problemFields.keySet().retainAll(problems));
    }

    /** Whether the form differs from the stored record (asked only once a record is shown). */
    public EditorSession<T> dirtyWhen(Predicate<T> differsFromStored) {
        this.changed = differsFromStored;
        return this;
    }

    /** Whether a record shown exists in the database (a new one does not yet), for {@link #savedProperty()}. */
    public EditorSession<T> savedWhen(Predicate<T> existsInDatabase) {
        this.inDatabase = existsInDatabase;
        return this;
    }

    /** The form's fields top to bottom: a refused save lists its problems in this order, as the fields read. */
    public EditorSession<T> fieldOrder(List<String> fields) {
        this.fieldOrder = List.copyOf(fields);
        return this;
    }

    /** A problem several lines share (e.g. each line of a distribution) is listed once. */
    public EditorSession<T> distinctProblems() {
        this.distinctProblems = true;
        return this;
    }

    /** A refused save marks only the fields of its errors (its warnings are listed, not marked). */
    public EditorSession<T> errorsOnFields() {
        this.errorsOnFields = true;
        return this;
    }

    /** How a problem reads in the problems panel (e.g. a warning marked as one); its field shows the bare message. */
    public EditorSession<T> wordedBy(Function<Problem, String> wordingOfProblem) {
        this.wording = wordingOfProblem;
        return this;
    }

    /** The editor's save command: the close prompt's "save" and Shortcut+S run it. */
    public EditorSession<T> saveWith(Consumer<Consumer<Boolean>> save) {
        this.saveCommand = save;
        return this;
    }

    /** Loads the stored record again: offered when a save met someone else's newer save. */
    public EditorSession<T> reloadWith(Runnable reloadStored) {
        this.reload = reloadStored;
        return this;
    }

    /** The record as loaded or last saved (null before the first load ends). */
    public T stored() {
        return stored;
    }

    /** The record is shown as stored: nothing to report, the title names it. */
    public void shown(T record, String title) {
        stored = record;
        fieldErrors.clear();
        problems.clear();
        windowTitle.set(title);
        saved.set(inDatabase.test(record));
    }

    public boolean isDirty() {
        return !isReadOnly() && stored != null && changed.test(stored);
    }

    /**
     * Opens the editor read-only (issue 22: a role that may not save here): the save is refused before it starts,
     * with {@code reason} (the words naming the roles that may), and closing never asks about unsaved changes.
     */
    public void readOnly(String reason) {
        readOnly.set(reason == null ? "" : reason);
    }

    public boolean isReadOnly() {
        return !readOnly.get().isEmpty();
    }

    /** Why this editor is read-only; empty when it may save. */
    public ReadOnlyStringProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Reads in the background with the busy mark on; an unexpected failure goes to the application's handler. */
    public <R> void load(BackgroundTask.Work<R> work, Consumer<R> show) {
        busy.set(true);
        executor.execute(BackgroundTask.of(work).onSuccess(show).onFinished(() -> busy.set(false)));
    }

    /** As {@link #load(BackgroundTask.Work, Consumer)}, with the failure handed to {@code refused}. */
    public <R> void load(BackgroundTask.Work<R> work, Consumer<R> show, Consumer<Throwable> refused) {
        busy.set(true);
        executor.execute(BackgroundTask.of(work).onSuccess(show).onFailure(refused).onFinished(() -> busy.set(false)));
    }

    /** A command besides save (merge, status change, workflow step): a refusal is listed in the problems panel. */
    public <R> void run(BackgroundTask.Work<R> work, Consumer<R> done) {
        busy.set(true);
        executor.execute(BackgroundTask.of(work).onSuccess(done).onFailure(this::showProblems)
                .onFinished(() -> busy.set(false)));
    }

    /**
     * Saves in the background: {@code saved} shows what was written (and tells the other screens), then
     * {@code after} gets true. A refusal is listed and {@code after} gets false; when someone else saved the
     * record meanwhile, the user is offered the stored version.
     */
    public <R> void save(Consumer<Boolean> after, BackgroundTask.Work<R> work, Consumer<R> saved) {
        if (isReadOnly()) {
            problems.setAll(readOnly.get());
            after.accept(false);
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(work).onSuccess(result -> {
            saved.accept(result);
            after.accept(true);
        }).onFailure(error -> {
            showProblems(error);
            after.accept(false);
            offerReload(error);
        }).onFinished(() -> busy.set(false)));
    }

    /** Refuses a save before it starts (e.g. numbers that are not numbers): listed, nothing written. */
    public void refuse(List<Problem> found, Consumer<Boolean> after) {
        showProblems(new ValidationException(found));
        after.accept(false);
    }

    private void offerReload(Throwable error) {
        if (reload != null && isConflict(error) && dialogs.confirm(I18n.t("editor.conflictTitle"),
                I18n.t("editor.conflictReload"))) {
            reload.run();
        }
    }

    private static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StaleRecordException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the field the user just left with its first problem in {@code found} (rules that need no database), or
     * clears its mark.
     */
    public void markField(String field, List<Problem> found) {
        markField(field, found, fieldErrors);
    }

    /** As {@link #markField(String, List)}, but a warning goes to {@code warnings}: it does not block saving. */
    public void markField(String field, List<Problem> found, ObservableMap<String, String> warnings) {
        fieldErrors.remove(field);
        warnings.remove(field);
        List<Problem> ofField = found.stream().filter(p -> p.field().equals(field)).toList();
        ofField.stream().findFirst().ifPresent(p -> (p.isError() ? fieldErrors : warnings).put(field, p.message()));
        recheckListed(field, ofField);
    }

    /**
     * The problems panel stays true as the user edits: a listed problem of {@code field} the check no longer finds
     * goes, and one whose wording changed (e.g. another rule of the same field) takes the new wording in its place.
     * Problems of other fields wait for their own check or the next save.
     */
    private void recheckListed(String field, List<Problem> ofField) {
        List<String> still = ofField.stream().map(wording).toList();
        List<String> next = new ArrayList<>();
        boolean changed = false;
        for (String listed : problems) {
            if (!field.equals(problemFields.get(listed)) || still.contains(listed)) {
                next.add(listed);
            } else if (!ofField.isEmpty() && !next.contains(still.get(0))) {
                next.add(still.get(0));
                changed = true;
            } else {
                changed = true;
            }
        }
        if (changed) {
            if (!ofField.isEmpty()) {
                problemFields.putIfAbsent(still.get(0), field);
            }
            problems.setAll(next);
        }
    }

    /** The field {@code problem} (a message listed in {@link #problems()}) names; empty for a plain message. */
    public java.util.Optional<String> fieldOf(String problem) {
        return java.util.Optional.ofNullable(problemFields.get(problem)).filter(f -> !f.isEmpty());
    }

    /** Lists a refusal: each problem of a validation (marking its field), or the one plain message of any other. */
    public void showProblems(Throwable error) {
        if (error instanceof ValidationException v) {
            List<Problem> ordered = list(v.problems());
            fieldErrors.clear();
            ordered.stream().filter(p -> !errorsOnFields || p.isError())
                    .forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
        } else {
            problems.setAll(ErrorHandler.plainMessage(error));
        }
    }

    /**
     * Lists {@code found} (e.g. the rules a record shown fails, before any save) without marking their fields: each
     * still links to its field and leaves the list once that field's own check no longer finds it.
     * Returns them in the order listed.
     */
    public List<Problem> list(List<Problem> found) {
        // In the order of the form, so the list reads top to bottom like the fields it names.
        List<Problem> ordered = found.stream()
                .sorted(Comparator.comparingInt(p -> fieldOrder.indexOf(p.field()))).toList();
        List<String> messages = ordered.stream().map(wording).toList();
        problemFields.clear();
        ordered.forEach(p -> problemFields.putIfAbsent(wording.apply(p), p.field()));
        problems.setAll(distinctProblems ? messages.stream().distinct().toList() : messages);
        return ordered;
    }

    /** Asks before unsaved changes are lost: save (closing once saved), discard, or keep the window open. */
    public void requestClose(Runnable closeNow) {
        askBeforeClose(isDirty(), saveCommand, dialogs, closeNow);
    }

    /** The close prompt itself, also for windows without a session (a dirty check and a save of their own). */
    public static void askBeforeClose(boolean dirty, Consumer<Consumer<Boolean>> save, DialogService dialogs,
                                      Runnable closeNow) {
        if (!dirty) {
            closeNow.run();
            return;
        }
        switch (dialogs.askUnsaved(I18n.t("editor.unsavedTitle"), I18n.t("editor.unsavedMessage"))) {
            case SAVE -> save.accept(ok -> {
                if (ok) {
                    closeNow.run();
                }
            });
            case DISCARD -> closeNow.run();
            default -> { }
        }
    }

    /** Listens while the window is open: the listener is removed when the session closes. */
    public <V> void listen(ObservableValue<V> value, ChangeListener<? super V> listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** Listens to a list while the window is open: the listener is removed when the session closes. */
    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        releases.add(() -> list.removeListener(listener));
    }

    /** Runs when the window closes (e.g. to cancel a subscription that outlives it). */
    public void onClose(Runnable release) {
        releases.add(release);
    }

    /** The window closed: every listener and subscription registered here is released (once). */
    public void close() {
        List<Runnable> all = List.copyOf(releases);
        releases.clear();
        all.forEach(Runnable::run);
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * True once the record shown exists in the database (see {@link #savedWhen}): what only a saved record offers
     * (its status change, its next step, an export) is enabled by it.
     */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The save command as given to {@link #saveWith}: what the window's Shortcut+S runs. */
    public void save(Consumer<Boolean> after) {
        saveCommand.accept(after);
    }
}
