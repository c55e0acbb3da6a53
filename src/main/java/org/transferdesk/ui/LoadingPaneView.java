package org.transferdesk.ui;

import javafx.scene.Parent;

/**
 * An {@link FxmlPaneView} that is the whole content of a small window (the fee budget, the done marks): once the pane
 * is built and bound, its view model starts reading what it shows.
 */
public abstract class LoadingPaneView<VM> extends FxmlPaneView<VM> {
    private final Runnable load;

    /** {@code load} starts the view model's (background) reading, e.g. {@code viewModel::load}. */
    protected LoadingPaneView(VM viewModel, Runnable load) {
        super(viewModel);
        this.load = load;
    }

    @Override
    public Parent build() {
        Parent root = super.build();
        load.run();
        return root;
    }
}
