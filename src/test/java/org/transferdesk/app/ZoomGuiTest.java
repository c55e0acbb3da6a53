package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.ui.Module;
import org.transferdesk.ui.Theme;

/**
 * Issue 24, item 16: one text size for every window, open ones and ones opened later, chosen with Ctrl+= / Ctrl+−
 * or the 视图 menu, and kept for the next start.
 */
class ZoomGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @AfterEach
    void normalSize(FxRobot robot) {
        robot.interact(() -> Theme.zoomProperty().set(100));
    }

    @Test
    void ctrlPlusEnlargesTheMainWindowAndLaterEditors_andTheChoiceIsKept(FxRobot robot) {
        robot.interact(() -> harness.gui.show(Module.PEOPLE));
        Label title = robot.lookup(".page-title").queryAs(Label.class);
        double normal = title.getFont().getSize();
        javafx.scene.control.TableView<?> table = robot.lookup("#table").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<?, ?> column = table.getColumns().get(1);
        double normalWidth = column.getPrefWidth();

        robot.clickOn("#globalSearch");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> Theme.zoomProperty().get() == 110);
        assertThat(title.getFont().getSize()).isCloseTo(normal * 1.1, org.assertj.core.data.Offset.offset(0.05));
        assertThat(harness.context.settings().zoom()).isEqualTo(110);
        assertThat(column.getPrefWidth()).isCloseTo(normalWidth * 1.1, org.assertj.core.data.Offset.offset(0.01));

        robot.interact(() -> harness.gui.newPerson());
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().size() == 1);
        Stage editor = harness.gui.editors().openWindows().values().iterator().next();
        assertThat(editor.getScene().getRoot().getStyle()).contains("-fx-font-size: 14.30px");

        robot.interact(() -> harness.gui.editors().discardAll());
        robot.clickOn("#globalSearch");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        GuiHarness.waitUntil(() -> Theme.zoomProperty().get() == 90);
        assertThat(title.getFont().getSize()).isCloseTo(normal * 0.9, org.assertj.core.data.Offset.offset(0.05));
        assertThat(harness.context.settings().zoom()).isEqualTo(90);
    }

    @Test
    void theViewMenuTicksTheSizeInUse(FxRobot robot) {
        robot.interact(() -> Theme.zoomProperty().set(125));
        RadioMenuItem tick = (RadioMenuItem) robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "zoom-125".equals(i.getId())).findFirst().orElseThrow();
        assertThat(tick.isSelected()).isTrue();
    }
}
