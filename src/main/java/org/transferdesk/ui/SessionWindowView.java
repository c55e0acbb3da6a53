package org.transferdesk.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ProgressIndicator;

/**
 * An editor window whose view model keeps an {@link EditorSession}: besides the save and close buttons, its FXML has
 * the busy mark {@code busyIndicator}; the problems panel every such editor shows is built above its buttons and
 * bound here once through {@link EditorChrome}.
 */
public abstract class SessionWindowView<VM extends EditorViewModel<?>> extends EditorWindowView<VM> {
    @FXML private ProgressIndicator busyIndicator;

    protected SessionWindowView(VM viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    void bindChrome() {
        EditorChrome.bind(viewModel.session(), busyIndicator, saveButton);
    }
}
