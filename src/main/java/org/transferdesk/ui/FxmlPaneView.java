package org.transferdesk.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;

/**
 * The controller skeleton of a view that is a pane of a window (an editor's tab, a dialog's content): its view model
 * and the FXML {@code XView.fxml} loaded with this controller (see {@link ViewLoader}). A pane binds only its own
 * controls, in {@link #bind()}; {@link EditorWindowView} is the same for a whole editor window.
 */
public abstract class FxmlPaneView<VM> {
    protected final VM viewModel;

    protected FxmlPaneView(VM viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        return ViewLoader.load(this);
    }

    /** Binds the pane's controls to the view model, when its FXML is loaded. */
    protected abstract void bind();

    @FXML
    private void initialize() {
        bind();
    }
}
