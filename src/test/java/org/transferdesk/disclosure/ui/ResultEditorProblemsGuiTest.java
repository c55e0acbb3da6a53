package org.transferdesk.disclosure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.ScreenData;

/**
 * Issue 24, item 9, on the result editor as its window shows it: a listed problem takes the user to its field, in
 * its tab; a fixed field leaves the list as it is fixed; a field's message comes and goes without moving the form.
 */
@ExtendWith(ApplicationExtension.class)
@Tag(TestDatabase.TAG)
class ResultEditorProblemsGuiTest {
    private static final String TITLE_MISSING = "请填写“成果名称”。";

    private ScreenData data;
    private FxTaskExecutor executor;
    private ResultEditorViewModel vm;

    @Start
    void start(Stage stage) {
        data = new ScreenData();
        executor = GuiTestStage.failingExecutor();
        vm = new ResultEditorViewModel(data.disclosures, data.people, result -> List.of(), executor,
                new FakeDialogService(), new DataEvents());
        GuiTestStage.showEditor(stage, new ResultEditorView(vm, () -> { }, id -> { }).build(),
                () -> vm.save(ok -> { }));
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    @Test
    void clickingAProblem_selectsItsTab_focusesItsField_andFixingItTakesItOffTheList(FxRobot robot) throws Exception {
        GuiTestStage.loadAndWait(done -> vm.load(null, done), () -> true);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        GuiTestStage.loadAndWait(done -> done.run(), () -> robot.lookup("#problemsPanel").query().isVisible());
        assertThat(problems(robot)).contains(TITLE_MISSING);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.clickOn(problemLine(robot, TITLE_MISSING));
        WaitForAsyncUtils.waitForFxEvents();

        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("mainTab");
        assertThat(title.isFocused()).isTrue();

        robot.write("新型催化剂");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems(robot)).doesNotContain(TITLE_MISSING).isNotEmpty();
        assertThat(title.getStyleClass()).doesNotContain("invalid");
        assertThat(robot.lookup("#titleError").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aFieldsMessage_comesAndGoes_withoutMovingTheFieldsBelowIt(FxRobot robot) throws Exception {
        GuiTestStage.loadAndWait(done -> vm.load(null, done), () -> true);
        Node below = robot.lookup("#departmentField").query();
        double before = sceneY(below);

        robot.interact(() -> vm.validateField("title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#titleError").queryAs(Label.class).getText()).isEqualTo(TITLE_MISSING);
        assertThat(sceneY(below)).isEqualTo(before);

        robot.interact(() -> vm.form().titleProperty().set("新型催化剂"));
        robot.interact(() -> vm.validateField("title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#titleError").queryAs(Label.class).getText()).isEmpty();
        assertThat(sceneY(below)).isEqualTo(before);
    }

    private static double sceneY(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private static List<String> problems(FxRobot robot) {
        return robot.lookup("#problemsList .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Label problemLine(FxRobot robot, String text) {
        return robot.lookup("#problemsList .label").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals(text)).findFirst().orElseThrow();
    }
}
