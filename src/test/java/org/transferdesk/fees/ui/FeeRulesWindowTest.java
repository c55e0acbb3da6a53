package org.transferdesk.fees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.due.ui.DueRulesViewModel;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.ip.IpType;
import org.transferdesk.settings.ui.DatedRulesView;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Theme;

/**
 * Issue 24 item 4, in the window: a fee typed into the schedule's table and 否 picked for the reduction's
 * eligibility are saved as the same texts the CLI writes; an overlap typed into the table is said beside it.
 */
@ExtendWith(ApplicationExtension.class)
class FeeRulesWindowTest {
    private static final String MODEL = "#rule-patent-fee-UTILITY_MODEL";

    @TempDir
    static Path tmp;

    private AppContext context;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        context = new AppContext(new DataFolder(tmp.resolve(UUID.randomUUID().toString())).create(),
                Database.openInMemory("fee-window-" + UUID.randomUUID()), TestDatabase.CLOCK);
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        DueRulesViewModel vm = new DueRulesViewModel(context.due(), context.office(), executor,
                new FakeDialogService(), TestDatabase.clockOn(LocalDate.of(2026, 11, 22)));
        var root = new DatedRulesView(vm, () -> { }, java.util.Map.of(), "hint").build();
        Theme.apply(root);
        vm.load();
        stage.setScene(new Scene(root, 1000, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        context.close();
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @Test
    void editingTheTable_andAChoice_savesTheSameTexts(FxRobot robot) throws Exception {
        TextField fee = robot.lookup(MODEL + "-amount-1").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "900".equals(fee.getText()));
        Label problem = robot.lookup(MODEL + "-problem").queryAs(Label.class);

        retype(robot, MODEL + "-from-1", "3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).isEqualTo(I18n.t("feeRulesEdit.overlapYear", 3));
        retype(robot, MODEL + "-from-1", "4");
        retype(robot, MODEL + "-amount-1", "950");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).isEmpty();

        @SuppressWarnings("unchecked")
        ChoiceBox<String> eligible = robot.lookup("#rule-patent-fee-reduction-ELIGIBLE").queryAs(ChoiceBox.class);
        javafx.scene.control.ScrollPane form = robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        robot.clickOn(eligible);
        robot.clickOn(I18n.t("rulesEdit.no"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(eligible.getValue()).isEqualTo("false");

        String model = FeeSettings.scheduleKey(IpType.UTILITY_MODEL);
        int before = context.office().history(model).size();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.office().history(model).size() == before + 1);
        assertThat(context.office().history(model).get(0).value()).isEqualTo("1-3:600;4-5:950;6-8:1200;9-10:2000");
        assertThat(context.office().history(FeeSettings.REDUCTION).get(0).value())
                .isEqualTo("SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:false");
        assertThat(context.office().history(FeeSettings.scheduleKey(IpType.DESIGN)).get(0).value())
                .as("an untouched schedule is stored exactly as it was").isEqualTo(
                        FeeSettings.DEFAULT_SCHEDULES.get(IpType.DESIGN));
    }
}
