package org.transferdesk.deal.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private T selected;

    protected RowsViewModel(Function<T, Long> idOf) {
        this.idOf = idOf;
    }

    /** The row the form describes (keeping {@code id}), or null after calling {@link #fail}. */
    protected abstract T fromForm(Long id);

    protected abstract void toForm(T row);

    protected abstract void clearForm();

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

    final void setAll(java.util.List<T> all) {
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
