package org.transferdesk.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, right after a scene's first frame has been laid out and handed to the renderer. */
final class FirstFrame {
    private FirstFrame() {
    }

    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After this pulse, not inside it.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
