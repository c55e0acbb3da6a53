package org.transferdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/** The view side of an {@link EditorSession}: the busy mark, the save button and the problems panel every editor has. */
public final class EditorChrome {
    private EditorChrome() {
    }

    /** Save waits while the session is busy; the problems panel shows (one label a problem) only when there are some. */
    public static void bind(EditorSession<?> session, ProgressIndicator busyIndicator, Button saveButton,
                            VBox problemsPanel, VBox problemsList) {
        busyIndicator.visibleProperty().bind(session.busyProperty());
        saveButton.disableProperty().bind(session.busyProperty().or(session.readOnlyProperty().isNotEmpty()));
        if (session.isReadOnly()) {
            readOnlyNote(saveButton, session.readOnlyProperty().get());
        }
        session.listen(session.readOnlyProperty(), (o, was, now) -> readOnlyNote(saveButton, now));
        NodeVisibility.shownWhen(problemsPanel, Bindings.isNotEmpty(session.problems()));
        session.listen(session.problems(), (ListChangeListener<String>) c ->
                problemsList.getChildren().setAll(session.problems().stream().map(Label::new).toList()));
    }

    /**
     * Says next to a disabled save button why it is disabled (issue 22: the roles that may save here); a tooltip
     * alone would not show, a disabled button gets no mouse events.
     */
    public static void readOnlyNote(Button saveButton, String reason) {
        if (reason == null || reason.isEmpty()) {
            return;
        }
        saveButton.setTooltip(new Tooltip(reason));
        if (saveButton.getParent() instanceof Pane bar && bar.lookup(".read-only-note") == null) {
            Label note = new Label(reason);
            note.setWrapText(true);
            note.getStyleClass().addAll("muted", "read-only-note");
            bar.getChildren().add(0, note);
        }
    }

    /**
     * The buttons every editor has: save asks the session to save (its outcome shows in the problems panel and the
     * dirty mark), close asks the window to close (which asks about unsaved changes). Wired here rather than by an
     * {@code onAction} handler repeated in each view.
     */
    public static void actions(Button saveButton, Runnable save, Button closeButton, Runnable close) {
        saveButton.setOnAction(e -> save.run());
        closeButton.setOnAction(e -> close.run());
    }
}
