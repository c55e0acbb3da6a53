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
        return ViewLoader.load(this);
    }

    /** Binds the window's own controls to the view model, when its FXML is loaded. */
    protected abstract void bind();

    @FXML
    private void initialize() {
        bind();
        EditorChrome.actions(saveButton, () -> viewModel.save(ok -> { }), closeButton, closeRequest);
    }
}
