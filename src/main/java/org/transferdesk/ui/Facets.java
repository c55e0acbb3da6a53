package org.transferdesk.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** Facet combos whose values come from the data (departments, years): "all" (null) stays the first choice. */
public final class Facets {
    private Facets() {
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
