package org.transferdesk.ui;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.Labeled;

/** Facet combos (a list page's filters): "all" (null) stays the first choice, the others come from a facet. */
public final class Facets {
    private Facets() {
    }

    /**
     * Binds a filter combo to a {@link ListFacet}: the combo offers "all" ({@code allText}) and the facet's choices
     * (shown by {@code text}), and its value is the facet's.
     */
    public static <T> void bind(ComboBox<T> combo, ListFacet<?, T> facet, String allText, Function<T, String> text) {
        Cells.facet(combo, allText, text);
        bindChoices(combo, facet.choices());
        combo.valueProperty().bindBidirectional(facet);
    }

    /** As {@link #bind}, for choices shown by their label (an enum's constants). */
    public static <T extends Labeled> void bindLabeled(ComboBox<T> combo, ListFacet<?, T> facet, String allText) {
        bind(combo, facet, allText, Labeled::label);
    }

    /** Keeps the combo's items as null + {@code values}, keeping the chosen value when it is still offered. */
    public static <T> void bindChoices(ComboBox<T> combo, ObservableList<T> values) {
        Runnable sync = () -> {
            T chosen = combo.getValue();
            combo.getItems().setAll(values);
            combo.getItems().add(0, null);
            combo.setValue(chosen == null || values.contains(chosen) ? chosen : null);
        };
        values.addListener((ListChangeListener<T>) c -> sync.run());
        sync.run();
    }
}
