package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 24, item 14: a window that closes lets go of the app-wide data events, so a save does not reload screens
 * nobody can see (five deal editors opened and closed used to leave five live listeners behind).
 */
class ClosedEditorsHearNothingGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @Test
    void dealEditorsListenWhileOpen_andNotAfterTheyClose(FxRobot robot) {
        int before = harness.gui.events().subscribers();
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> harness.gui.newDeal());
        }
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().size() == 5);
        assertThat(harness.gui.events().subscribers()).isEqualTo(before + 5);

        robot.interact(() -> assertThat(harness.gui.editors().closeAll()).isTrue());

        assertThat(harness.gui.editors().openWindows()).isEmpty();
        assertThat(harness.gui.events().subscribers()).isEqualTo(before);
    }
}
