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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.transferdesk.ui.help.HelpLinks;
import javafx.scene.layout.VBox;

/** The view side of an {@link EditorSession}: the busy mark, the save button and the problems panel every editor has. */
public final class EditorChrome {
    private EditorChrome() {
    }

    /**
     * Save waits while the session is busy; the problems panel (built here, see {@link #dockProblemsPanel}) shows, one
     * line a problem, only when there are some.
     */
    public static void bind(EditorSession<?> session, ProgressIndicator busyIndicator, Button saveButton) {
        busyIndicator.visibleProperty().bind(session.busyProperty());
        saveButton.disableProperty().bind(session.busyProperty().or(session.readOnlyProperty().isNotEmpty()));
        if (session.isReadOnly()) {
            readOnlyNote(saveButton, session.readOnlyProperty().get());
        }
        session.listen(session.readOnlyProperty(), (o, was, now) -> readOnlyNote(saveButton, now));
        showProblems(session, saveButton);
    }

    /** The problems panel of an editor whose save button is bound otherwise: docked, shown and kept in step. */
    public static void showProblems(EditorSession<?> session, Button saveButton) {
        ProblemsPanel panel = dockProblemsPanel(saveButton);
        NodeVisibility.shownWhen(panel.box(), Bindings.isNotEmpty(session.problems()));
        ListChangeListener<String> lines = c -> problemLines(session.problems(), session::fieldOf,
                session.fieldErrors(), panel.list());
        session.listen(session.problems(), lines);
        lines.onChanged(null);
    }

    /** The panel ({@code #problemsPanel}) and the list of its lines ({@code #problemsList}). */
    public record ProblemsPanel(VBox box, VBox list) {
    }

    /**
     * Builds the problems panel and puts it just above the row of {@code saveButton}, where the refused save was
     * asked for. Above the buttons, the panel coming and going moves nothing of the form: the window's content gives
     * up height at its bottom (its tabs scroll), where a panel at the top pushed every field down. Its list scrolls
     * beyond a few lines, so many problems never squeeze the form away.
     */
    public static ProblemsPanel dockProblemsPanel(Button saveButton) {
        VBox list = new VBox(2);
        list.setId("problemsList");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("problems-scroll");
        Label title = new Label(I18n.t("editor.problemsTitle"));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(4, title, scroll);
        box.setId("problemsPanel");
        box.getStyleClass().add("problems-panel");
        box.setVisible(false);
        box.setManaged(false);
        Node row = saveButton.getParent();
        Parent holder = row.getParent();
        if (holder instanceof BorderPane border && border.getBottom() == row) {
            VBox bottom = new VBox(box, row);
            VBox.setMargin(box, new Insets(6, 10, 2, 10));
            border.setBottom(bottom);
        } else if (holder instanceof Pane pane) {
            pane.getChildren().add(pane.getChildren().indexOf(row), box);
        } else {
            throw new IllegalStateException("the save button's row is neither a window's bottom nor in a pane");
        }
        return new ProblemsPanel(box, list);
    }

    /**
     * Fills {@code list} with one line a problem; a problem of a field ({@code fieldOf}, by its message) is a link
     * that takes the user to that field, in whichever tab it is (see {@link FieldErrors#reveal}).
     */
    public static void problemLines(List<String> problems, Function<String, Optional<String>> fieldOf,
                                    ObservableMap<String, String> fieldErrors, VBox list) {
        list.getChildren().setAll(problems.stream().map(problem -> {
            Region line = HelpLinks.ruleText(problem).<Region>map(flow -> flow).orElseGet(() -> {
                Label label = new Label(problem);
                label.setWrapText(true);
                return label;
            });
            fieldOf.apply(problem).ifPresent(field -> {
                line.getStyleClass().add("problem-link");
                line.setCursor(Cursor.HAND);
                line.setFocusTraversable(true);
                Tooltip.install(line, new Tooltip(I18n.t("problemList.goToField")));
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
