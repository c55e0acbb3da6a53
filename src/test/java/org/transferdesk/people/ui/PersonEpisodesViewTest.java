package org.transferdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.RecordingNavigator;
import org.transferdesk.ui.ScreenData;

/** The person editor's 兼职与离岗创业 tab: adding an episode through the inline form. */
@ExtendWith(ApplicationExtension.class)
class PersonEpisodesViewTest {
    private ScreenData data;
    private FxTaskExecutor executor;
    private PersonEditorViewModel vm;

    @Start
    void start(Stage stage) {
        data = new ScreenData().withSampleData();
        executor = GuiTestStage.failingExecutor();
        vm = new PersonEditorViewModel(data.people, data.disclosures, executor, new FakeDialogService(),
                new DataEvents());
        Parent root = new PersonEditorView(vm, new RecordingNavigator(), () -> { }).build();
        GuiTestStage.show(stage, root);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    private void loadAndWait(Long id) throws Exception {
        GuiTestStage.loadAndWait(ready -> vm.load(id, ready), () -> !vm.episodes().busyProperty().get());
    }

    @Test
    void addingAnEpisodeThroughTheForm_showsItInTheTable(FxRobot robot) throws Exception {
        loadAndWait(data.zhang.id());
        robot.clickOn("兼职与离岗创业");
        TableView<PersonEpisode> table = robot.lookup("#episodesTable").queryTableView();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#episodeForm").query().isVisible()).isFalse();

        robot.clickOn("#addEpisodeButton");
        assertThat(robot.lookup("#episodeForm").query().isVisible()).isTrue();
        robot.clickOn("#episodeCompanyField").write("某电池科技有限公司");
        robot.clickOn("#episodeStartField").write("2026-01-01").type(KeyCode.ENTER);
        robot.clickOn("#episodeEndField").write("2027-06-30").type(KeyCode.ENTER);
        robot.clickOn("#episodeApprovalField").write("校人〔2025〕12号");
        robot.clickOn("#saveEpisodeButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        PersonEpisode shown = table.getItems().get(0);
        assertThat(shown.kind()).isEqualTo(EpisodeKind.SIDE_JOB);
        assertThat(shown.company()).isEqualTo("某电池科技有限公司");
        assertThat(shown.startsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(shown.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(shown.approvalRef()).isEqualTo("校人〔2025〕12号");
        assertThat(robot.lookup("进行中").tryQuery()).isPresent();
        assertThat(robot.lookup("#episodeForm").query().isVisible()).isFalse();
        assertThat(data.people.episodes(data.zhang.id())).containsExactly(shown);
    }

    @Test
    void anInvalidEpisode_isListedAboveTheForm_andNotSaved(FxRobot robot) throws Exception {
        loadAndWait(data.zhang.id());
        robot.clickOn("兼职与离岗创业");
        robot.clickOn("#addEpisodeButton");
        robot.clickOn("#episodeCompanyField").write("某公司");
        robot.clickOn("#saveEpisodeButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#episodeProblems").query().isVisible());
        VBox problems = robot.lookup("#episodeProblems").queryAs(VBox.class);
        assertThat(problems.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("请填写“开始日期”。", "请填写“结束日期”。");
        assertThat(data.people.episodes(data.zhang.id())).isEmpty();
    }

    @Test
    void aNewPerson_isToldToSaveFirst(FxRobot robot) throws Exception {
        loadAndWait(null);
        robot.clickOn("兼职与离岗创业");
        assertThat(robot.lookup("#hintLabel").queryAs(Label.class).getText())
                .isEqualTo("请先保存人员，再登记兼职或离岗创业。");
        assertThat(robot.lookup("#addEpisodeButton").query().isDisabled()).isTrue();
    }
}
