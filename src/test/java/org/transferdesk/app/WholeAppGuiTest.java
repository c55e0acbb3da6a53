package org.transferdesk.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the whole app: a {@link GuiHarness} on a fresh in-memory database for each test, its open editors
 * discarded and its database closed after it. Each test class still declares its own {@code @Start} (TestFX looks
 * for it on the test class only), which writes what the test needs and starts {@link #harness} on the stage.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WholeAppGuiTest {
    @TempDir
    static Path dataDir;

    /** Made with the test instance: JUnit has set the class's {@link #dataDir} by then. */
    final GuiHarness harness = new GuiHarness(dataDir);

    @AfterEach
    void closeApp(FxRobot robot) {
        if (harness.gui != null) {
            robot.interact(() -> harness.gui.editors().discardAll());
        }
        harness.context.close();
    }
}
