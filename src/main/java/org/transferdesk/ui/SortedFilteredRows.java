package org.transferdesk.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
 *
 * <p>Until a header is clicked (and after a third click undoes it) the rows are in the page's {@linkplain
 * #openIn opening order}: newest or most actionable first (issue 24, item 8), not in whatever order they were read.
 */
public final class SortedFilteredRows<T> {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final SortedList<T> sorted = new SortedList<>(all);
    private final FilteredList<T> shown = new FilteredList<>(sorted);
    private final ObjectProperty<Comparator<? super T>> chosen = new SimpleObjectProperty<>(this, "comparator");
    private final ObjectProperty<Comparator<? super T>> opening = new SimpleObjectProperty<>(this, "opening");

    public SortedFilteredRows() {
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> chosen.get() != null ? chosen.get() : opening.get(), chosen, opening));
    }

    /** Latest (date, number) first, rows without one last: how most pages open. */
    public static <T, C extends Comparable<? super C>> Comparator<T> newestFirst(Function<T, C> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.reverseOrder()));
    }

    /** The order the page opens in, and returns to when no header orders it; null: load order. */
    public void openIn(Comparator<? super T> order) {
        opening.set(order);
    }

    /** Every row, in load order: replace or edit these. */
    public ObservableList<T> all() {
        return all;
    }

    /** The rows that pass the filter, in the current order: what the table shows. */
    public FilteredList<T> shown() {
        return shown;
    }

    /** The order chosen by the table's headers; null keeps the opening order. */
    public ObjectProperty<Comparator<? super T>> comparatorProperty() {
        return chosen;
    }

    public void setPredicate(Predicate<? super T> predicate) {
        shown.setPredicate(predicate);
    }

    public void setAll(List<? extends T> rows) {
        all.setAll(rows);
    }
}
