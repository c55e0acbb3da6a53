package org.transferdesk.deal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A table of rows with a small form under it: add the form as a new row, load a row into the form,
 * replace a row with the form, remove a row. A form that does not make a row says why.
 */
public abstract class RowsViewModel<T> {
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Function<T, Long> idOf;
    // the form's fields, each emptied its own way; registered as the subclass declares them (text(), value(), flag())
    private final List<Runnable> clears = new ArrayList<>();
    private T selected;

    protected RowsViewModel(Function<T, Long> idOf) {
        this.idOf = idOf;
    }

    /** The row the form describes (keeping {@code id}), or null after calling {@link #fail}. */
    protected abstract T fromForm(Long id);

    protected abstract void toForm(T row);

    /** A text field of the form; the form starts, and is emptied again, with "". */
    protected final StringProperty text() {
        StringProperty p = new SimpleStringProperty("");
        clears.add(() -> p.set(""));
        return p;
    }

    /** A date or choice of the form; empty is null. */
    protected final <V> ObjectProperty<V> value() {
        ObjectProperty<V> p = new SimpleObjectProperty<>();
        clears.add(() -> p.set(null));
        return p;
    }

    /** A check box of the form; empty is unchecked. */
    protected final BooleanProperty flag() {
        BooleanProperty p = new SimpleBooleanProperty();
        clears.add(() -> p.set(false));
        return p;
    }

    /** After a row is added or replaced, and when another deal is shown, the form is empty again. */
    private void clearForm() {
        clears.forEach(Runnable::run);
        formCleared();
    }

    /** After the form was emptied: a subclass may fill in what a new row most likely holds. */
    protected void formCleared() {
    }

    protected final T fail(String message) {
        error.set(message);
        return null;
    }

    public final boolean add() {
        error.set("");
        T row = fromForm(null);
        if (row == null) {
            return false;
        }
        rows.add(row);
        clearForm();
        return true;
    }

    public final void edit(T row) {
        error.set("");
        selected = row;
        if (row != null) {
            toForm(row);
        }
    }

    public final boolean replace(T old) {
        int index = rows.indexOf(old);
        if (index < 0) {
            return false;
        }
        error.set("");
        T row = fromForm(idOf.apply(old));
        if (row == null) {
            return false;
        }
        rows.set(index, row);
        clearForm();
        return true;
    }

    public final void remove(T row) {
        rows.remove(row);
    }

    final void setAll(List<T> all) {
        rows.setAll(all);
        clearForm();
        error.set("");
    }

    /** The row chosen in the table (null when none is), e.g. the receipt to distribute. */
    public final T selected() {
        return selected;
    }

    public final ObservableList<T> rows() {
        return rows;
    }

    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
