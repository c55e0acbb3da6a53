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
import org.transferdesk.common.I18n;

/**
 * One filter of a list page (a combo above the table): its value is the choice made, null for "all"; its choices are
 * either fixed (an enum's constants, yes/no) or the values the loaded rows have, in a given order. A row passes when
 * nothing is chosen or one of the row's values is the one chosen. It also says how its combo reads ("all …" for no
 * choice, and each choice's text), so the list page's view binds its filter combos without per-page code. Made and
 * registered by {@link ListPage}.
 */
public final class ListFacet<R, T> extends SimpleObjectProperty<T> {
    private final Function<R, ? extends Collection<T>> valuesOf;
    private final Comparator<? super T> order;
    private final ObservableList<T> choices = FXCollections.observableArrayList();
    private final String allKey;
    private final Function<T, String> text;
    /** What the filter is about ("状态"), as its combo's prompt says; null until a view names it. */
    private String name;

    private ListFacet(Function<R, ? extends Collection<T>> valuesOf, Comparator<? super T> order, List<T> fixed,
                      String allKey, Function<T, String> text) {
        this.valuesOf = valuesOf;
        this.order = order;
        this.allKey = allKey;
        this.text = text;
        choices.setAll(fixed);
    }

    /**
     * A facet offering {@code choices} whatever the rows hold; a row has one value, {@code key} (may be null).
     * {@code allKey} is the bundle key of the "all" choice, {@code text} shows the others.
     */
    static <R, T> ListFacet<R, T> fixed(Function<R, T> key, List<T> choices, String allKey, Function<T, String> text) {
        return new ListFacet<>(single(key), null, choices, allKey, text);
    }

    /** A facet offering the values the rows hold, in {@code order}, shown as they are; a row has several or none. */
    static <R, T> ListFacet<R, T> fromRows(Function<R, ? extends Collection<T>> valuesOf, Comparator<? super T> order,
                                           String allKey) {
        return new ListFacet<>(valuesOf, order, List.of(), allKey, String::valueOf);
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

    /** What the combo shows for "all" (no choice). */
    public String allText() {
        return I18n.t(allKey);
    }

    /** How the combo shows a choice. */
    public Function<T, String> text() {
        return text;
    }

    /** Names the facet as its combo's prompt does, so a printed export can say what was filtered. */
    void named(String prompt) {
        this.name = prompt == null || prompt.isBlank() ? null : prompt.strip();
    }

    /** The choice now made in words ("状态 = 已签订"), or null when nothing is chosen. */
    public String describeChoice() {
        T chosen = get();
        if (chosen == null) {
            return null;
        }
        String shown = text.apply(chosen);
        return name == null ? shown : choiceInWords(name, shown);
    }

    /** A filter's choice as a printed list's filter line says it: "{@code name} = {@code shown}". */
    public static String choiceInWords(String name, String shown) {
        return I18n.t("listPrint.facetChoice", name, shown);
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
