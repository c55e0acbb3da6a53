package org.transferdesk.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rows of a vertical 流程 timeline (a pilot case's, a deal's): a marker showing the step's state, the step's name,
 * lines under it and, for a step that can be taken from here, its button at the right; the states are styled alike
 * wherever a timeline is shown.
 */
public final class TimelineRows {
    /** A step's state as the marker and the row's style show it ({@code timeline-done}, ...). */
    public enum Mark {
        DONE("●"), CURRENT("◉"), NEXT("◉"), BLOCKED("⊘"), LATER("○");

        private final String marker;

        Mark(String marker) {
            this.marker = marker;
        }
    }

    private TimelineRows() {
    }

    /** One step's row; {@code action} (null: none) sits at the right. */
    public static HBox row(Mark mark, String step, List<? extends Node> lines, Node action) {
        Label marker = new Label(mark.marker);
        marker.getStyleClass().add("timeline-marker");
        Label name = new Label(step);
        name.getStyleClass().add("timeline-step");
        VBox text = new VBox(2, name);
        text.getChildren().addAll(lines);
        HBox row = new HBox(10, marker, text);
        if (action != null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row.getChildren().addAll(gap, action);
        }
        row.getStyleClass().addAll("timeline-row", "timeline-" + mark.name().toLowerCase(Locale.ROOT));
        return row;
    }

    /** A line under a step's name (its dates, who, a note). */
    public static Label detail(String text) {
        Label detail = new Label(text);
        detail.getStyleClass().add("timeline-detail");
        detail.setWrapText(true);
        return detail;
    }

    /** A checklist line: ✓ what holds, or ✗ what stops the step. */
    public static Label check(boolean ok, String text) {
        Label line = detail((ok ? "✓ " : "✗ ") + text);
        line.getStyleClass().add(ok ? "timeline-check-ok" : "timeline-check-failed");
        return line;
    }
}
