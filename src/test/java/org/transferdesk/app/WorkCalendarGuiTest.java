package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.Module;

/** The work calendar window from the Settings page: add a day off to 2026 and save it. */
class WorkCalendarGuiTest extends WholeAppGuiTest {
    @Start
    void start(Stage stage) {
        harness.start(stage);
    }

    @Test
    void settingsOpensTheWorkCalendar_addARow_andSave(FxRobot robot) {
        robot.interact(() -> harness.gui.show(Module.SETTINGS));
        GuiHarness.waitUntil(() -> robot.lookup("#workCalendarButton").tryQuery().isPresent());
        robot.clickOn("#workCalendarButton");
        GuiHarness.waitUntil(() -> harness.gui.editors().openWindows().containsKey("work-calendar"));
        TableView<?> table = robot.lookup("#daysTable").queryTableView();
        GuiHarness.waitUntil(() -> table.getItems().size() == 39);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(table.getScene().getRoot());
        assertThat(robot.lookup("#officialLabel").queryAs(Label.class).getText()).contains("2020–2026");

        DatePicker date = robot.lookup("#dateField").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write("2026-12-31");
        robot.clickOn("#nameField").write("年终闭馆");
        robot.clickOn("#addButton");
        GuiHarness.waitUntil(() -> table.getItems().size() == 40);
        robot.clickOn("#saveButton");
        GuiHarness.waitUntil(() -> harness.context.calendar().daysOf(2026).size() == 40);

        assertThat(harness.context.calendar().daysOf(2026)).contains(
                new CalendarDay(LocalDate.parse("2026-12-31"), CalendarDay.Kind.HOLIDAY, "年终闭馆"));
        assertThat(harness.context.calendar().calendar().isWorkingDay(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isFalse();
    }
}
