package org.transferdesk.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * An editor window whose view model keeps an {@link EditorSession}: besides the save and close buttons, its FXML has
 * the busy mark {@code busyIndicator} and the problems panel {@code problemsPanel} / {@code problemsList} that every
 * such editor shows, bound here once through {@link EditorChrome}.
 */
public abstract class SessionWindowView<VM extends EditorViewModel<?>> extends EditorWindowView<VM> {
    @FXML private VBox problemsPanel;
    @FXML private VBox problemsList;
    @FXML private ProgressIndicator busyIndicator;

    protected SessionWindowView(VM viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    void bindChrome() {
        EditorChrome.bind(viewModel.session(), busyIndicator, saveButton, problemsPanel, problemsList);
    }
}
