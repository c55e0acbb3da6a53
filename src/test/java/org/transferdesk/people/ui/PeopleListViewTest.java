package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ui.ListPageStage.table;
import static org.transferdesk.ui.ListPageStage.search;
import static org.transferdesk.ui.ListPageStage.waitForRows;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.ListPageStage;
import org.transferdesk.ui.RecordingNavigator;
import org.transferdesk.ui.ScreenData;

@ExtendWith(ApplicationExtension.class)
class PeopleListViewTest {
    private ScreenData data;
    @AutoClose
    private ListPageStage screen;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        data = new ScreenData().withSampleData();
        screen = new ListPageStage(data);
        DataEvents events = new DataEvents();
        PeopleListViewModel vm = new PeopleListViewModel(data.people, data.disclosures, screen.executor(), events);
        screen.show(stage, new PeopleListView(vm, navigator, screen.export(),
                () -> new DepartmentsViewModel(data.people, screen.executor(), events)), 1100);
    }

    /** Issue 23: the page's columns come from its ListColumns; a header click sorts by pinyin; the filter narrows. */
    @Test
    void theMigratedPage_showsItsColumns_sortsByAHeaderClick_andFilters(FxRobot robot) throws Exception {
        waitForRows(robot, 4);
        TableView<PersonListRow> table = table(robot);
        assertThat(table.getColumns()).extracting(javafx.scene.control.TableColumn::getText)
                .containsExactly("工号", "姓名", "院系", "领导职务", "身份证号", "联系方式", "成果数");
        assertThat(table.getColumns().get(6).getStyleClass()).contains("number-column");
        assertThat(table.getColumns().get(1).getPrefWidth()).isEqualTo(110);

        robot.clickOn(robot.from(table).lookup("姓名").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> names = table.getItems().stream().map(PersonListRow::name).toList();
        assertThat(names).containsSubsequence("李四", "王五", "张三");
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CHINA));

        search(robot, "计算机", 2);
        assertThat(table.getItems()).extracting(PersonListRow::name).containsExactly("李四", "张三");
    }

    @Test
    void typingInTheFilter_narrowsTheRows_andEnterOpensThePerson(FxRobot robot) throws Exception {
        waitForRows(robot, 4);
        search(robot, "李四", 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.calls).containsExactly("openPerson:" + data.li.id());
    }

    @Test
    void idNumbersAreMaskedInTheTable_andAltSFocusesTheFilter(FxRobot robot) throws Exception {
        waitForRows(robot, 4);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(table(robot).getScene().getRoot());
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
        assertThat(robot.lookup("110105********002X").tryQuery()).isPresent();
        assertThat(robot.lookup(ScreenData.VALID_ID).tryQuery()).isEmpty();
    }

    @Test
    void doubleClickOpens_andNewAsksForANewPerson(FxRobot robot) throws Exception {
        waitForRows(robot, 4);
        robot.doubleClickOn("王五");
        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.calls).containsExactly("openPerson:" + data.wang.id(), "newPerson");
    }

    @Test
    void departmentsButton_opensTheDepartmentsWindow_whereEnterAddsAndEscCloses(FxRobot robot) throws Exception {
        waitForRows(robot, 4);
        robot.clickOn("#departmentsButton");
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window("院系管理");
        assertThat(dialog.isShowing()).isTrue();
        TableView<?> departments = robot.from(dialog.getScene().getRoot()).lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> departments.getItems().size() == 3);

        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#newNameField").queryTextInputControl())
                .write("外国语学院").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> departments.getItems().size() == 4);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(dialog.getScene().getRoot());
        Button toggle = robot.from(dialog.getScene().getRoot()).lookup("#toggleButton").queryButton();
        assertThat(toggle.getText()).as("the new department is selected and active").isEqualTo("停用(_T)");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(data.people.departments()).hasSize(4);
    }
}
