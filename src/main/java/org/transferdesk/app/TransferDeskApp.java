package org.transferdesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (being built: main window follows). */
public final class TransferDeskApp extends Application {
    static void launchWith(DataFolder folder) {
        Application.launch(TransferDeskApp.class, "--data-dir=" + folder.root());
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
