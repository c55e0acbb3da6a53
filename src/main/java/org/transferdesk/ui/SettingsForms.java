package org.transferdesk.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** What the settings-like forms (dated rules, the report's text, the reward policy) show the same way. */
public final class SettingsForms {
    private SettingsForms() {
    }

    /**
     * Adds {@code field} to row {@code row} of a two-column form, after its label {@code text} (the label a screen
     * reader reads for the field).
     */
    public static void labelledRow(GridPane grid, int row, String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }

    /**
     * The problems of a refused save listed under the form, one wrapped line each in the field-error style; the box
     * stays in the layout when empty, so the form does not jump when they come and go.
     */
    public static void problemLines(ObservableList<String> problems, VBox box) {
        Runnable refresh = () -> box.getChildren().setAll(problems.stream().map(text -> {
            Label label = new Label(text);
            label.getStyleClass().add("field-error");
            label.setWrapText(true);
            return label;
        }).toList());
        problems.addListener((ListChangeListener<String>) c -> refresh.run());
        refresh.run();
    }
}
