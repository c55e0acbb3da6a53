package org.transferdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.transferdesk.common.I18n;

/**
 * Loads {@code XView.fxml} next to {@code XView.java} with the current resource bundle and the
 * given, already constructed controller (its view model comes through its constructor).
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, I18n.bundle());
        loader.setController(controller);
        try {
            Parent root = loader.load();
            ZoomedTables.follow(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
