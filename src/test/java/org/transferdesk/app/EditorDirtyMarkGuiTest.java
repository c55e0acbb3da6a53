package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Issue 24, item 12: an editor's title is marked with * while it holds unsaved changes, and not before. */
class EditorDirtyMarkGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @Test
    void theTitleIsMarkedOnceSomethingIsTyped(FxRobot robot) {
        robot.interact(() -> harness.gui.newDeal());
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().size() == 1);
        Stage editor = harness.gui.editors().openWindows().values().iterator().next();
        GuiHarness.waitUntil(() -> !editor.getTitle().isEmpty());
        assertThat(editor.getTitle()).doesNotStartWith("*");

        robot.clickOn("#titleField").write("固态电解质");
        GuiHarness.waitUntil(() -> editor.getTitle().startsWith("*"));

        robot.clickOn("#titleField").eraseText(5);
        GuiHarness.waitUntil(() -> !editor.getTitle().startsWith("*"));
    }
}
