package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
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
        assertThat(robot.lookup(id(PilotSettings.REMINDER_DAYS)).queryAs(TextField.class).getText())
                .isEqualTo("90,30,7");
        assertThat(robot.lookup(I18n.t("pilotRules.publicityDays")).tryQuery()).isPresent();

        robot.interact(() -> days.setText("0"));
        String outOfRange = I18n.t("rulesEdit.range", "1", "365");
        assertThat(robot.lookup(id(PilotSettings.PUBLICITY_DAYS) + "-problem").queryAs(Label.class).getText())
                .as("said beside the field as it is typed").isEqualTo(outOfRange);
        robot.clickOn("#saveButton");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problemsList .field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(I18n.t("rulesEdit.labelled", I18n.t("pilotRules.publicityDays"), outOfRange));
        assertThat(office.history(PilotSettings.PUBLICITY_DAYS)).extracting(d -> d.value()).containsExactly("15");
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
