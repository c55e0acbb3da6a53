package org.transferdesk.ui;

import java.util.Collection;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;

/**
 * An editor's status tab: the record's status as stored and the statuses it may move to next (none while the record
 * is new), which the view shows as the current status and the choice or buttons of the next move.
 *
 * @param <S> the record's status
 */
public final class StatusMoves<S extends Labeled> {
    private final ReadOnlyObjectWrapper<S> current;
    private final ObservableList<S> allowedNext = FXCollections.observableArrayList();

    /** {@code initial}: the status shown before a record is loaded (a new record's). */
    public StatusMoves(S initial) {
        this.current = new ReadOnlyObjectWrapper<>(initial);
    }

    /** Shows a loaded or saved record's status and the moves it allows. */
    public void show(S status, Collection<? extends S> next) {
        current.set(status);
        allowedNext.setAll(next);
    }

    /**
     * Whether a move asked for may go ahead: at once when the editor holds no unsaved edits, else only when the clerk
     * agrees to save them with it (a move writes the record, so edits would otherwise be saved unseen); a clerk who
     * declines is told in {@code problems} that the move waits for the save.
     */
    public boolean mayMove(S to, boolean unsaved, DialogService dialogs, ObservableList<String> problems) {
        if (!unsaved) {
            return true;
        }
        if (dialogs.confirm(I18n.t("statusMoves.unsavedTitle"), I18n.t("statusMoves.saveAndMove", to.label()))) {
            return true;
        }
        problems.setAll(I18n.t("editor.saveBeforeStatus"));
        return false;
    }

    public boolean allows(S to) {
        return allowedNext.contains(to);
    }

    public ReadOnlyObjectProperty<S> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The current status's label, following it. */
    public StringBinding currentLabel() {
        return Bindings.createStringBinding(() -> current.get().label(), current);
    }

    public ObservableList<S> allowedNext() {
        return allowedNext;
    }
}
