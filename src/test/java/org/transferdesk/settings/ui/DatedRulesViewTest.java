package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.pilot.ui.PilotRulesViewModel;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Theme;

/**
 * The dated-rules window (here the pilot's rules): one labelled control per rule, what is wrong said beside it as it
 * is typed, a bad value refused on save.
 */
@ExtendWith(ApplicationExtension.class)
class DatedRulesViewTest {
    private Database db;
    private FxTaskExecutor executor;
    private OfficeSettings office;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        office = new OfficeSettings(new PolicySettingRepository(db.dsl()));
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        PilotRulesViewModel vm = new PilotRulesViewModel(office, executor, new FakeDialogService(),
                org.transferdesk.TestDatabase.clockOn(LocalDate.of(2026, 11, 22)));
        var root = new DatedRulesView(vm, () -> { }, Map.of(PilotSettings.REMINDER_DAYS, "90,30,7"), "hint").build();
        Theme.apply(root);
        vm.load();
        stage.setScene(new Scene(root));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        db.close();
    }

    private static String id(String key) {
        return "#rule-" + key.replace('.', '-');
    }

    @Test
    void fieldsShowTheRulesInForce_andABadValueIsRefused(FxRobot robot) throws Exception {
        TextField days = robot.lookup(id(PilotSettings.PUBLICITY_DAYS)).queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "15".equals(days.getText()));
        assertThat(robot.lookup(id(PilotSettings.REMINDER_DAYS)).<ListView<Integer>>query().getItems())
                .containsExactly(90, 30, 7);
        assertThat(robot.lookup(I18n.t("pilotRules.publicityDays")).tryQuery()).isPresent();

        robot.interact(() -> days.setText("0"));
        String outOfRange = I18n.t("rulesEdit.range", "1", "365");
        assertThat(robot.lookup(id(PilotSettings.PUBLICITY_DAYS) + "-problem").queryAs(Label.class).getText())
                .as("said beside the field as it is typed").isEqualTo(outOfRange);
        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemsList .field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(I18n.t("rulesEdit.labelled", I18n.t("pilotRules.publicityDays"), outOfRange));
        assertThat(office.history(PilotSettings.PUBLICITY_DAYS)).extracting(d -> d.value()).containsExactly("15");
    }

    /**
     * Issue 24 item 4: reminder days are a list edited with a spinner, 添加 and 删除 (1 to 365, none twice, largest
     * first); what is saved is the very text the CLI writes.
     */
    @Test
    void reminderDaysAreAList_savedAsTheTextTheCliKnows(FxRobot robot) throws Exception {
        String days = id(PilotSettings.REMINDER_DAYS);
        @SuppressWarnings("unchecked")
        ListView<Integer> list = robot.lookup(days).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        @SuppressWarnings("unchecked")
        Spinner<Integer> day = robot.lookup(days + "-day").queryAs(Spinner.class);
        Button add = robot.lookup(days + "-add").queryAs(Button.class);

        robot.interact(() -> day.getValueFactory().setValue(30));
        assertThat(add.isDisabled()).as("30 is listed already").isTrue();
        robot.interact(() -> day.getValueFactory().setValue(400));
        assertThat(day.getValue()).as("the spinner stops at 365").isEqualTo(365);
        robot.interact(add::fire);
        robot.interact(() -> day.getValueFactory().setValue(0));
        assertThat(day.getValue()).isEqualTo(1);
        robot.interact(add::fire);
        assertThat(list.getItems()).containsExactly(365, 90, 30, 7, 1);
        robot.interact(() -> list.getSelectionModel().select(Integer.valueOf(90)));
        robot.interact(() -> robot.lookup(days + "-remove").queryButton().fire());
        assertThat(list.getItems()).containsExactly(365, 30, 7, 1);
        robot.interact(() -> org.transferdesk.ui.Screenshots.save(list.getScene(), "settings-reminder-days"));

        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> office.history(PilotSettings.REMINDER_DAYS).stream()
                .anyMatch(d -> !d.value().equals("90,30,7")));
        assertThat(office.history(PilotSettings.REMINDER_DAYS)).extracting(d -> d.value()).contains("365,30,7,1");
    }

    @Test
    void aYesNoRule_isAChoice_shownInWords(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> shortFirst = robot.lookup(id(PilotSettings.SHORT_FIRST_TERM)).queryAs(ChoiceBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "false".equals(shortFirst.getValue()));
        assertThat(shortFirst.getConverter().toString("false")).isEqualTo(I18n.t("rulesEdit.no"));
        assertThat(shortFirst.getItems()).containsExactly("true", "false");
    }
}
