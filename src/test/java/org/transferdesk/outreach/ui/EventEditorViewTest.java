package org.transferdesk.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
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
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.outreach.OutreachEvent;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.GuiTestStage;
import org.transferdesk.ui.LabelsForFields;

/** Issue 25 on screen: an event is recorded with a result presented and a company attending, both picked by typing. */
@Tag(TestDatabase.TAG)
@ExtendWith(ApplicationExtension.class)
class EventEditorViewTest {
    /** Made with the test, not in {@code start}: a fresh database takes longer than TestFX waits for a stage. */
    private final OutreachUiFixture data = new OutreachUiFixture();
    private FxTaskExecutor executor;
    private EventEditorViewModel vm;
    private Parent root;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        executor = GuiTestStage.failingExecutor();
        vm = data.editor(executor);
        root = new EventEditorView(vm, () -> { }).build();
        GuiTestStage.show(stage, root);
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEvent_isRecordedWithAPresentedResultAndAnAttendingCompany(FxRobot robot) throws Exception {
        boolean[] ready = new boolean[1];
        robot.interact(() -> vm.load(null, () -> ready[0] = true));
        waitUntil(() -> ready[0]);
        LabelsForFields.assertEveryMnemonicLabelHasItsField(root);
        robot.clickOn("#titleField").write("新材料成果路演");
        robot.interact(() -> vm.form().startsOn().set(LocalDate.of(2026, 10, 15)));

        ResultRef wanted = data.result(2);
        robot.clickOn("#resultPicker").write(wanted.title().substring(1));
        String shown = LinkedResultsViewModel.shown(wanted);
        waitUntil(() -> robot.lookup(shown).tryQuery().isPresent());
        robot.clickOn(shown);
        TableView<?> presented = robot.lookup("#resultsTable").queryTableView();
        waitUntil(() -> presented.getItems().size() == 1);

        Counterparty company = data.counterparties.findAll().get(0);
        robot.clickOn("#companyPicker").write(company.name());
        WaitForAsyncUtils.waitForFxEvents();
        // 添加 takes the best match of what was typed, as the add button does
        robot.interact(() -> robot.lookup("#companyPicker").queryAs(org.transferdesk.ui.SearchPicker.class)
                .takeFirst());
        TableView<?> attending = robot.lookup("#companiesTable").queryTableView();
        waitUntil(() -> attending.getItems().size() == 1);
        assertThat(vm.session().isDirty()).isTrue();

        robot.clickOn("#saveButton");
        waitUntil(() -> vm.session().stored() != null && vm.session().stored().id() != null);
        OutreachEvent stored = data.outreach.find(vm.session().stored().id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("新材料成果路演");
        assertThat(stored.results()).extracting(ResultRef::disclosureId).containsExactly(wanted.disclosureId());
        assertThat(stored.companies()).extracting(c -> c.id()).containsExactly(company.id());
    }
}
