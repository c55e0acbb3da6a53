package org.transferdesk.ui.help;

import java.util.Optional;
import javafx.stage.Stage;

/** What a screen's GUI test outside this package asks of the help window: where it shows, and closing it. */
public final class HelpWindowProbe {
    private HelpWindowProbe() {
    }

    /** The page and anchor the help window shows, if it is open. */
    public static Optional<HelpTarget> currentTarget() {
        return HelpWindow.currentTarget();
    }

    /** Closes the help window if it is open (call on the FX thread). */
    public static void close() {
        HelpWindow.shown().ifPresent(Stage::close);
    }
}
