package org.transferdesk.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One filter of a list page (a combo above the table): its value is the choice made, null for "all"; its choices are
 * either fixed (an enum's constants, yes/no) or the values the loaded rows have, in a given order. A row passes when
 * nothing is chosen or one of the row's values is the one chosen. Made and registered by {@link ListPage}.
 */
public final class ListFacet<R, T> extends SimpleObjectProperty<T> {
    private final Function<R, ? extends Collection<T>> valuesOf;
    private final Comparator<? super T> order;
    private final ObservableList<T> choices = FXCollections.observableArrayList();

    private ListFacet(Function<R, ? extends Collection<T>> valuesOf, Comparator<? super T> order, List<T> fixed) {
        this.valuesOf = valuesOf;
        this.order = order;
        choices.setAll(fixed);
    }

    /** A facet offering {@code choices} whatever the rows hold; a row has one value, {@code key} (may be null). */
    static <R, T> ListFacet<R, T> fixed(Function<R, T> key, List<T> choices) {
        return new ListFacet<>(single(key), null, choices);
    }

    /** A facet offering the values the rows hold, in {@code order}; a row has several or none. */
    static <R, T> ListFacet<R, T> fromRows(Function<R, ? extends Collection<T>> valuesOf, Comparator<? super T> order) {
        return new ListFacet<>(valuesOf, order, List.of());
    }

    /** A row's one value as a collection: empty for null. */
    static <R, T> Function<R, Collection<T>> single(Function<R, T> key) {
        return row -> {
            T value = key.apply(row);
            return value == null ? List.of() : List.of(value);
        };
    }

    /** The values offered, without the "all" choice (the view adds it). */
    public ObservableList<T> choices() {
        return choices;
    }

    /** The test for the value now chosen; taken once per filtering, so later choices do not change it. */
    Predicate<R> match() {
        T chosen = get();
        return chosen == null ? row -> true : row -> valuesOf.apply(row).contains(chosen);
    }

    /** After a load: the choices from the rows, replaced only when they changed so a combo keeps its popup. */
    void deriveChoices(Collection<R> rows) {
        if (order == null) {
            return;
        }
        TreeSet<T> values = new TreeSet<>(order);
        for (R row : rows) {
            valuesOf.apply(row).stream().filter(Objects::nonNull).forEach(values::add);
        }
        ListPage.setIfChanged(choices, values);
    }
}
