package org.transferdesk.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Pane;

/** Facet combos (a list page's filters): "all" (null) stays the first choice, the others come from a facet. */
public final class Facets {
    private Facets() {
    }

    /**
     * Binds a list page's filter combos, the combo boxes of its filter bar in their order, to its facets in the order
     * the page made them: the FXML keeps how each combo looks, the facet what it offers and how it reads.
     */
    public static void bindInOrder(Pane filterBar, List<? extends ListFacet<?, ?>> facets) {
        List<ComboBox<?>> combos = filterBar.getChildren().stream().filter(ComboBox.class::isInstance)
                .<ComboBox<?>>map(ComboBox.class::cast).toList();
        if (combos.size() != facets.size()) {
            throw new IllegalStateException("The filter bar has " + combos.size() + " combos for " + facets.size()
                    + " facets");
        }
        for (int i = 0; i < combos.size(); i++) {
            bind(combos.get(i), facets.get(i));
        }
    }

    /**
     * Binds a list page's check boxes, those of its filter bar in their order, to its {@link ListToggle}s in the order
     * the page made them; each box takes its text from its toggle, which says it in an export's filter line too.
     */
    public static void bindTogglesInOrder(Pane filterBar, List<? extends ListToggle<?>> toggles) {
        List<CheckBox> boxes = filterBar.getChildren().stream().filter(CheckBox.class::isInstance)
                .map(CheckBox.class::cast).toList();
        if (boxes.size() != toggles.size()) {
            throw new IllegalStateException("The filter bar has " + boxes.size() + " check boxes for "
                    + toggles.size() + " toggles");
        }
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).setText(toggles.get(i).text());
            boxes.get(i).selectedProperty().bindBidirectional(toggles.get(i));
        }
    }

    /**
     * Binds a filter combo to a {@link ListFacet}: the combo offers "all" and the facet's choices, shown as the facet
     * says, and its value is the facet's. The combo comes untyped from the FXML; the facet gives it its type.
     */
    @SuppressWarnings("unchecked")
    private static <T> void bind(ComboBox<?> untyped, ListFacet<?, T> facet) {
        ComboBox<T> combo = (ComboBox<T>) untyped;
        Cells.facet(combo, facet.allText(), facet.text());
        bindChoices(combo, facet.choices());
        combo.valueProperty().bindBidirectional(facet);
        facet.named(combo.getPromptText());
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
