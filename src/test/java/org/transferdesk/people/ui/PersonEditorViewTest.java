package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.RecordingNavigator;
import org.transferdesk.ui.ScreenData;
import org.transferdesk.ui.Theme;

/** The editor as EditorWindows shows it: Shortcut+S saves. */
@ExtendWith(ApplicationExtension.class)
class PersonEditorViewTest {
    private ScreenData data;
    private FxTaskExecutor executor;
    private PersonEditorViewModel vm;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final FakeDialogService dialogs = new FakeDialogService();
    private int closeRequests;

    @Start
    void start(Stage stage) {
        data = new ScreenData().withSampleData();
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        vm = new PersonEditorViewModel(data.people, data.disclosures, executor, dialogs, new DataEvents());
        Parent root = new PersonEditorView(vm, navigator, () -> closeRequests++).build();
        Theme.apply(root);
        Scene scene = new Scene(root);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> vm.save(ok -> { }));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    private void loadAndWait(Long id) throws Exception {
        boolean[] ready = new boolean[1];
        robotless(() -> vm.load(id, () -> ready[0] = true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void robotless(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void invalidIdNumber_isMarkedWhenLeft_andListedOnSave_withNothingSaved(FxRobot robot) throws Exception {
        loadAndWait(null);
        robot.clickOn("#staffNoField").write("T010");
        robot.clickOn("#nameField").write("钱七");
        robot.clickOn("#idNumberField").write("110105194912310021");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        Label idError = robot.lookup("#idNumberError").queryAs(Label.class);
        assertThat(idError.getText()).isEqualTo("身份证号校验位不对，请核对号码。");
        assertThat(robot.lookup("#idNumberField").queryAs(TextField.class).getStyleClass()).contains("invalid");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemsPanel").query().isVisible());
        VBox problems = robot.lookup("#problemsList").queryAs(VBox.class);
        assertThat(problems.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("身份证号校验位不对，请核对号码。");
        assertThat(data.people.count()).isEqualTo(4);
    }

    @Test
    void fixingTheNumber_andSaving_savesAndHidesTheProblems(FxRobot robot) throws Exception {
        saveNewQianQi(robot);
        assertThat(robot.lookup("#problemsPanel").query().isVisible()).isFalse();
        assertThat(vm.windowTitleProperty().get()).isEqualTo("人员 T010 · 钱七");
    }

    @Test
    void historyTab_theSharedTab_listsTheSaveUnderTheEditorsIds(FxRobot robot) throws Exception {
        saveNewQianQi(robot);
        robot.clickOn("修改记录");
        TableView<?> history = robot.lookup("#auditTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        assertThat(history.getColumns()).extracting(c -> c.getId()).containsExactly("auAtColumn",
                "auActorColumn", "auActionColumn", "auSummaryColumn");
        assertThat(history.getColumns().get(2).getCellData(0)).isEqualTo("新建");
    }

    /** A new person T010 钱七, typed in and saved with the button (the fifth person). */
    private void saveNewQianQi(FxRobot robot) throws Exception {
        loadAndWait(null);
        robot.clickOn("#staffNoField").write("T010");
        robot.clickOn("#nameField").write("钱七");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> data.people.count() == 5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void resultsTab_listsTheResults_andDoubleClickOpensOne(FxRobot robot) throws Exception {
        loadAndWait(data.zhang.id());
        assertThat(robot.lookup("#idNumberField").queryAs(TextField.class).getText()).isEqualTo(ScreenData.VALID_ID);
        robot.clickOn("参与成果");
        TableView<?> results = robot.lookup("#resultsTable").queryTableView();
        assertThat(results.getItems()).hasSize(1);
        robot.doubleClickOn("R-2024-0001");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.calls).containsExactly("openResult:" + data.battery.id());
    }

    @Test
    void altI_focusesTheIdNumber_andEscapeAsksToClose(FxRobot robot) throws Exception {
        loadAndWait(data.zhang.id());
        LabelsForFields.assertEveryMnemonicLabelHasItsField(robot.lookup("#tabs").query().getScene().getRoot());
        robot.press(KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#idNumberField").queryAs(TextField.class).isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closeRequests).isEqualTo(1);
    }
}
