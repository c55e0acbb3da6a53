package org.transferdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ProgressSink;

/**
 * A register: a list page with a small form below the table that adds or edits one record at a time. The form is
 * checked on the UI thread (its rules need no database), saved in the background, and the register is read again so
 * the table shows what the database now holds. A register adds only its own: columns, filters, the form's fields and
 * rules, and how a record is saved.
 *
 * @param <R> a row of the table
 * @param <E> the record the form edits
 */
public abstract class RegisterViewModel<R, E> extends ListPage<R> {
    private final DialogService dialogs;
    private final BooleanProperty saving = new SimpleBooleanProperty();
    // the indicator and the buttons wait for a load as well as for a save or delete
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private E edited;

    protected RegisterViewModel(TaskExecutor executor, List<ListColumn<R>> columns, DialogService dialogs,
                                DataEvents events) {
        super(executor, columns);
        this.dialogs = dialogs;
        busy.bind(loadingProperty().or(saving));
        reloadOnAny(events);
    }

    /** Every row of the register, read off the UI thread: on a load and again after a save or delete. */
    protected abstract List<R> readAll() throws Exception;

    /** A new record for the form. */
    protected abstract E blank();

    /** Puts the record's values into the form's fields. */
    protected abstract void fill(E record);

    /**
     * The record the form now describes, or null when it breaks a rule: each broken rule is added to {@code found}.
     * Runs on the UI thread.
     */
    protected abstract E candidate(E record, List<Problem> found);

    /** Saves the checked record off the UI thread and answers it as saved. */
    protected abstract E store(E candidate) throws Exception;

    /** The record's name in the "saved" notice. */
    protected abstract String nameOf(E record);

    @Override
    protected List<R> read(ProgressSink progress, Consumer<List<R>> firstRows) throws Exception {
        return readAll();
    }

    /** Starts a new record in the form. */
    public final void newRecord() {
        edit(blank());
    }

    /** Puts a record into the form. */
    public final void edit(E record) {
        edited = record;
        fill(record);
        problems.clear();
        editing.set(true);
    }

    public final void cancelEdit() {
        editing.set(false);
        problems.clear();
        edited = null;
    }

    /** Checks the form; saves in the background when no rule is broken. */
    public final void save() {
        if (edited == null) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        E candidate = candidate(edited, found);
        if (candidate == null || !found.isEmpty()) {
            problems.setAll(found.stream().map(Problem::message).toList());
            return;
        }
        problems.clear();
        saving.set(true);
        executor().execute(BackgroundTask.of(p -> {
            E saved = store(candidate);
            return new Saved<>(saved, readAll());
        }).onSuccess(s -> {
            all().setAll(s.rows());
            editing.set(false);
            edited = null;
            dialogs.notify(I18n.t("editor.saved", nameOf(s.record())));
        }).onFailure(error -> problems.setAll(ErrorHandler.messages(error)))
                .onFinished(() -> saving.set(false)));
    }

    private record Saved<R, E>(E record, List<R> rows) {
    }

    /**
     * Runs a change to the register (a delete, say) in the background and shows the register as read afterwards;
     * {@code done} then runs on the UI thread. A failure is shown as the form's problem.
     */
    protected final void change(BackgroundTask.Work<?> work, Runnable done) {
        saving.set(true);
        executor().execute(BackgroundTask.of(p -> {
            work.run(p);
            return readAll();
        }).onSuccess(rows -> {
            all().setAll(rows);
            done.run();
        }).onFailure(error -> problems.setAll(ErrorHandler.plainMessage(error))).onFinished(() -> saving.set(false)));
    }

    /** The record in the form, or null when the form is closed. */
    protected final E edited() {
        return edited;
    }

    protected final DialogService dialogs() {
        return dialogs;
    }

    /** A load, save or delete is under way. */
    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the form is open. */
    public final BooleanProperty editingProperty() {
        return editing;
    }

    /** The broken rules of the last save, as messages. */
    public final ObservableList<String> problems() {
        return problems;
    }
}
