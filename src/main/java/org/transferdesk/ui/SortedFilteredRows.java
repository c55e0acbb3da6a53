package org.transferdesk.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * A list page's rows, sorted first and filtered second. The usual {@code SortedList(FilteredList(rows))} re-sorts
 * every shown row on each keystroke of the filter (JavaFX's SortedList takes a new predicate as "all removed, all
 * added" and sorts them again): with 100,000 rows and the table sorted by a text column that is a collator sort of
 * the whole list per key (issue 20). Here the rows are sorted only when they or the order change, and a keystroke
 * is one pass of the predicate over rows already in order.
 *
 * <p>The table shows {@link #shown()}, which is not a {@link SortedList}, so the view binds {@link #comparatorProperty()}
 * to the table's comparator and gives the table a sort policy that accepts the order (the list sorts itself).
 */
public final class SortedFilteredRows<T> {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final SortedList<T> sorted = new SortedList<>(all);
    private final FilteredList<T> shown = new FilteredList<>(sorted);

    /** Every row, in load order: replace or edit these. */
    public ObservableList<T> all() {
        return all;
    }

    /** The rows that pass the filter, in the current order: what the table shows. */
    public FilteredList<T> shown() {
        return shown;
    }

    /** The order (the table's comparator); null keeps load order. */
    public ObjectProperty<Comparator<? super T>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    public void setPredicate(Predicate<? super T> predicate) {
        shown.setPredicate(predicate);
    }

    public void setAll(List<? extends T> rows) {
        all.setAll(rows);
    }
}
