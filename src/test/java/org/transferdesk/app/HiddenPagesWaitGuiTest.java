package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.ui.Module;

/**
 * Issue 24, item 14: a page the user left does not reload in the background on every save; it catches up once
 * when shown again, and a page on screen follows changes at once.
 */
class HiddenPagesWaitGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.seedPeople("1001", "张三");
        harness.start(stage);
    }

    @Test
    void aHiddenListCatchesUpWhenShown_aShownOneAtOnce(FxRobot robot) {
        robot.interact(() -> harness.gui.show(Module.PEOPLE));
        TableView<?> people = robot.lookup("#table").queryAs(TableView.class);
        GuiHarness.waitUntil(() -> people.getItems().size() == 1);

        robot.interact(() -> harness.gui.show(Module.HOME));
        harness.seedPeople("1002", "李四");
        robot.interact(() -> harness.gui.events().allChanged());
        waitForBackgroundWork();
        assertThat(people.getItems()).hasSize(1);

        robot.interact(() -> harness.gui.show(Module.PEOPLE));
        GuiHarness.waitUntil(() -> people.getItems().size() == 2);

        harness.seedPeople("1003", "王五");
        robot.interact(() -> harness.gui.events().allChanged());
        GuiHarness.waitUntil(() -> people.getItems().size() == 3);
    }

    /** A load started by the change would have been given to the executor by now, and be done after this. */
    private void waitForBackgroundWork() {
        java.util.concurrent.atomic.AtomicBoolean idle = new java.util.concurrent.atomic.AtomicBoolean();
        javafx.application.Platform.runLater(() -> harness.gui.whenBackgroundIdle(() -> idle.set(true)));
        GuiHarness.waitUntil(idle::get);
    }
}
