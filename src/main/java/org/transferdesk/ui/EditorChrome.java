package org.transferdesk.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import org.transferdesk.common.I18n;
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
        ListChangeListener<String> lines = c -> problemLines(session.problems(), session::fieldOf,
                session.fieldErrors(), problemsList);
        session.listen(session.problems(), lines);
        lines.onChanged(null);
    }

    /**
     * Fills {@code list} with one line a problem; a problem of a field ({@code fieldOf}, by its message) is a link
     * that takes the user to that field, in whichever tab it is (see {@link FieldErrors#reveal}).
     */
    public static void problemLines(List<String> problems, Function<String, Optional<String>> fieldOf,
                                    ObservableMap<String, String> fieldErrors, VBox list) {
        list.getChildren().setAll(problems.stream().map(problem -> {
            Label line = new Label(problem);
            line.setWrapText(true);
            fieldOf.apply(problem).ifPresent(field -> {
                line.getStyleClass().add("problem-link");
                line.setCursor(Cursor.HAND);
                line.setFocusTraversable(true);
                line.setTooltip(new Tooltip(I18n.t("problemList.goToField")));
                line.setOnMouseClicked(e -> FieldErrors.reveal(line, fieldErrors, field));
                line.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                        e.consume();
                        FieldErrors.reveal(line, fieldErrors, field);
                    }
                });
            });
            return line;
        }).toList());
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
