package org.transferdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The view side of an {@link EditorSession}: the busy mark, the save button and the problems panel every editor has. */
public final class EditorChrome {
    private EditorChrome() {
    }

    /** Save waits while the session is busy; the problems panel shows (one label a problem) only when there are some. */
    public static void bind(EditorSession<?> session, ProgressIndicator busyIndicator, Button saveButton,
                            VBox problemsPanel, VBox problemsList) {
        busyIndicator.visibleProperty().bind(session.busyProperty());
        saveButton.disableProperty().bind(session.busyProperty());
        problemsPanel.visibleProperty().bind(Bindings.isNotEmpty(session.problems()));
        problemsPanel.managedProperty().bind(problemsPanel.visibleProperty());
        session.listen(session.problems(), (ListChangeListener<String>) c ->
                problemsList.getChildren().setAll(session.problems().stream().map(Label::new).toList()));
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
