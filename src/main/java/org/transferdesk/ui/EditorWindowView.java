package org.transferdesk.ui;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/**
 * The controller skeleton of an editor or settings window: its view model, the window's close request, the FXML
 * {@code XView.fxml} loaded with this controller (see {@link ViewLoader}), and the buttons {@code saveButton} and
 * {@code closeButton} every such window has, wired once here. A window binds only its own controls.
 */
public abstract class EditorWindowView<VM extends EditorWindowView.Saving> {
    /** What a window's save button asks of its view model: save, the outcome shown by the view model itself. */
    public interface Saving {
        /** Validates and saves in the background; {@code after} gets true when saved. */
        void save(Consumer<Boolean> after);
    }

    @FXML
    protected Button saveButton;
    @FXML
    protected Button closeButton;

    protected final VM viewModel;
    private final Runnable closeRequest;

    /** {@code closeRequest} closes the window (asking first when there are unsaved changes). */
    protected EditorWindowView(VM viewModel, Runnable closeRequest) {
        this.viewModel = viewModel;
        this.closeRequest = closeRequest;
    }

    public Parent build() {
        Parent root = ViewLoader.load(this);
        root.getProperties().put(EditorWindowView.class, this);
        return root;
    }

    /**
     * Opens the window built by an {@code EditorWindowView} read-only (issue 22): its save button disabled, with
     * {@code reason} (the roles that may) beside it, and an editor session's save refused. Other windows are left
     * as they are.
     */
    public static void readOnly(Parent root, String reason) {
        if (root.getProperties().get(EditorWindowView.class) instanceof EditorWindowView<?> view) {
            view.readOnly(reason);
        }
    }

    private void readOnly(String reason) {
        if (viewModel instanceof EditorViewModel<?> editor) {
            editor.session().readOnly(reason); // EditorChrome's binding disables save and says why
            if (saveButton.disableProperty().isBound()) {
                EditorChrome.readOnlyNote(saveButton, reason);
                return;
            }
        }
        saveButton.disableProperty().unbind();
        saveButton.setDisable(true);
        EditorChrome.readOnlyNote(saveButton, reason);
    }

    /** Binds the window's own controls to the view model, when its FXML is loaded. */
    protected abstract void bind();

    /** What every window of a kind binds after its own controls (see {@link SessionWindowView}). */
    void bindChrome() {
    }

    @FXML
    private void initialize() {
        bind();
        bindChrome();
        EditorChrome.actions(saveButton, () -> viewModel.save(ok -> { }), closeButton, closeRequest);
    }
}
