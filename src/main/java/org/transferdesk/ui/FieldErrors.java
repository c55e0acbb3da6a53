package org.transferdesk.ui;

import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * How every editor shows its view model's field errors: the message under the field (the row
 * collapses when there is none) and a red border on the field; and validation when a field is left.
 */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** Keeps {@code labels} and the {@code invalid} style of {@code fields} in step with {@code errors} (by field name). */
    public static void show(ObservableMap<String, String> errors, Map<String, Label> labels,
                            Map<String, ? extends Node> fields) {
        for (Label label : labels.values()) {
            NodeVisibility.shownWhen(label, label.textProperty().isNotEmpty());
        }
        errors.addListener((MapChangeListener<String, String>) c -> {
            String key = c.getKey();
            Label label = labels.get(key);
            if (label != null) {
                label.setText(errors.getOrDefault(key, ""));
            }
            Node field = fields.get(key);
            if (field != null) {
                field.getStyleClass().remove("invalid");
                if (errors.containsKey(key)) {
                    field.getStyleClass().add("invalid");
                }
            }
        });
    }

    /** Lists {@code problems} in {@code box}, one red line each; the box collapses when there is none. */
    public static void showList(javafx.collections.ObservableList<String> problems, javafx.scene.layout.VBox box) {
        NodeVisibility.shownWhen(box, javafx.beans.binding.Bindings.isNotEmpty(problems));
        problems.addListener((javafx.collections.ListChangeListener<String>) c -> box.getChildren()
                .setAll(problems.stream().map(m -> {
                    Label l = new Label(m);
                    l.getStyleClass().add("field-error");
                    return l;
                }).toList()));
    }

    /** Runs {@code validate} when {@code node} loses the focus. */
    public static void validateOnLeave(Node node, Runnable validate) {
        node.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                validate.run();
            }
        });
    }
}
