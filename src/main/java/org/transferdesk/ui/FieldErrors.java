package org.transferdesk.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * How every editor shows its view model's field errors: the message under the field, on a line kept for it whether
 * or not there is one (so a message coming or going moves nothing), and a red border on the field; validation when a
 * field is left, and again at each edit while the field is marked (a fixed field clears as it is fixed); and the way
 * from a listed problem to its field ({@link #reveal}), through the fields {@link #show} was given.
 */
public final class FieldErrors {
    /** What {@link #show} tags a field with: the errors map it shows and the field's name there. */
    private record FieldKey(ObservableMap<String, String> errors, String field) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FieldKey k && k.errors == errors && k.field.equals(field);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(errors) * 31 + field.hashCode();
        }
    }

    private FieldErrors() {
    }

    /** Keeps {@code labels} and the {@code invalid} style of {@code fields} in step with {@code errors} (by field name). */
    public static void show(ObservableMap<String, String> errors, Map<String, Label> labels,
                            Map<String, ? extends Node> fields) {
        labels.values().stream().distinct().forEach(FieldErrors::reserveLine);
        fields.forEach((key, field) -> field.getProperties().put(FieldKey.class, new FieldKey(errors, key)));
        errors.addListener((MapChangeListener<String, String>) c -> {
            String key = c.getKey();
            Label label = labels.get(key);
            if (label != null) {
                // a line may serve several fields of one row: it shows the message of any of them still marked
                label.setText(labels.entrySet().stream().filter(e -> e.getValue() == label)
                        .map(e -> errors.get(e.getKey())).filter(m -> m != null).findFirst().orElse(""));
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

    /**
     * A field's message label that always takes its one line, empty or not, so the controls below never move when a
     * message comes or goes; a message longer than the line is cut short with its whole text in the tooltip (the
     * problems panel lists it whole too).
     */
    public static void reserveLine(Label label) {
        label.setWrapText(false);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMinWidth(0);
        label.getStyleClass().add("field-message-line"); // its fixed height, in the theme
        label.textProperty().addListener((o, was, now) ->
                label.setTooltip(now == null || now.isEmpty() ? null : new Tooltip(now)));
    }

    /** Lists {@code problems} in {@code box}, one red line each; the box collapses when there is none. */
    public static void showList(ObservableList<String> problems, VBox box) {
        NodeVisibility.shownWhen(box, Bindings.isNotEmpty(problems));
        problems.addListener((ListChangeListener<String>) c -> box.getChildren()
                .setAll(problems.stream().map(m -> {
                    Label l = new Label(m);
                    l.getStyleClass().add("field-error");
                    return l;
                }).toList()));
    }

    /**
     * Runs {@code validate} when {@code node} loses the focus, and at each change of its value while it is marked
     * invalid: a mistake is not pointed out while it is being typed, but its mark (and its listed problem) goes as
     * soon as it is fixed. {@code validate} runs on the UI thread: it must be the pure checks of the field.
     */
    public static void validateOnLeave(Node node, Runnable validate) {
        node.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                validate.run();
            }
        });
        valueOf(node).ifPresent(value -> value.addListener(o -> {
            if (node.getStyleClass().contains("invalid")) {
                validate.run();
            }
        }));
    }

    private static Optional<Observable> valueOf(Node node) {
        if (node instanceof TextInputControl text) {
            return Optional.of(text.textProperty());
        }
        if (node instanceof ComboBoxBase<?> combo) {
            return Optional.of(combo.valueProperty());
        }
        if (node instanceof CheckBox box) {
            return Optional.of(box.selectedProperty());
        }
        return Optional.empty();
    }

    /**
     * Takes the user to the field {@code field} of {@code errors} (as given to {@link #show}) in the window of
     * {@code within}: selects the tabs that hold it, scrolls it into view and focuses it. False when the window has no
     * such field (a problem of the record as a whole).
     */
    public static boolean reveal(Node within, ObservableMap<String, String> errors, String field) {
        if (within.getScene() == null) {
            return false;
        }
        Deque<Object> path = new ArrayDeque<>();
        Node found = find(within.getScene().getRoot(), new FieldKey(errors, field), path);
        if (found == null) {
            return false;
        }
        List<ScrollPane> scrolls = new ArrayList<>();
        for (Object step : path) {
            if (step instanceof Tab tab && tab.getTabPane() != null) {
                tab.getTabPane().getSelectionModel().select(tab);
            } else if (step instanceof TitledPane pane) {
                pane.setExpanded(true);
            } else if (step instanceof ScrollPane scroll) {
                scrolls.add(scroll);
            }
        }
        found.requestFocus();
        // the tab just selected is laid out in the next pulse: scroll then, and focus again if it could not take it
        Platform.runLater(() -> {
            scrolls.forEach(scroll -> scrollTo(scroll, found));
            if (!found.isFocused()) {
                found.requestFocus();
            }
        });
        return true;
    }

    /** Depth first through children, tab contents, scroll contents and split items; {@code path} holds the way. */
    private static Node find(Node node, FieldKey key, Deque<Object> path) {
        if (key.equals(node.getProperties().get(FieldKey.class))) {
            return node;
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                Node found = tab.getContent() == null ? null : within(tab, tab.getContent(), key, path);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? null : within(scroll, scroll.getContent(), key, path);
        }
        if (node instanceof TitledPane pane) {
            return pane.getContent() == null ? null : within(pane, pane.getContent(), key, path);
        }
        List<Node> children = node instanceof SplitPane split ? split.getItems()
                : node instanceof Parent parent && !(node instanceof ButtonBase) ? parent.getChildrenUnmodifiable()
                : List.of();
        for (Node child : children) {
            Node found = find(child, key, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Node within(Object step, Node content, FieldKey key, Deque<Object> path) {
        path.addLast(step);
        Node found = find(content, key, path);
        if (found == null) {
            path.removeLast();
        }
        return found;
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (field == null || hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double viewport = scroll.getViewportBounds().getHeight();
        if (field.getMinY() < top) {
            top = field.getMinY();
        } else if (field.getMaxY() > top + viewport) {
            top = field.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }
}
