package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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
import org.transferdesk.db.BackupService;
import org.transferdesk.settings.UserSettings;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.LabelsForFields;
import org.transferdesk.ui.ScreenData;
import org.transferdesk.ui.Theme;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    @TempDir
    static Path folder;
    private ScreenData data;
    private FxTaskExecutor executor;
    private int languageChanges;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        data = new ScreenData().withSampleData();
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        DatabaseInfoViewModel info = new DatabaseInfoViewModel(data.db, () -> new DatabaseInfoViewModel.Counts(
                data.people.count(), data.disclosures.count(), data.ip.count()),
                new BackupService(folder.resolve("backups"), TestDatabase.CLOCK), executor);
        SettingsViewModel vm = new SettingsViewModel(new UserSettings(folder.resolve("settings.properties")), folder,
                "0.1.0", info, executor, () -> languageChanges++, opened::add);
        Parent root = new SettingsView(vm).build().node();
        Theme.apply(root);
        stage.setScene(new Scene(root, 900, 640));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.close();
        data.close();
    }

    @Test
    void showsTheDatabaseFigures(FxRobot robot) throws Exception {
        Label counts = robot.lookup("#countsLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counts.getText().startsWith("人员"));
        assertThat(counts.getText()).isEqualTo("人员 4 人，成果 2 项，知识产权 3 项");
        assertThat(robot.lookup("#schemaVersionLabel").queryAs(Label.class).getText()).isEqualTo(org.transferdesk.TestDatabase.latestVersion());
        assertThat(robot.lookup("#backupsLabel").queryAs(Label.class).getText()).isEqualTo("还没有备份");
        LabelsForFields.assertEveryMnemonicLabelHasItsField(counts.getScene().getRoot());
    }

    @Test
    void choosingEnglish_andApplying_savesAndCallsBack(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#applyLanguageButton").query().isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        ChoiceBox<Locale> choice = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> choice.setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#applyLanguageButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> languageChanges == 1);
        assertThat(new UserSettings(folder.resolve("settings.properties")).language()).isEqualTo(Locale.ENGLISH);
        assertThat(robot.lookup("#applyLanguageButton").query().isDisabled()).isTrue();
    }

    @Test
    void openFolderButton_handsTheFolderToTheOs(FxRobot robot) {
        robot.clickOn("#openFolderButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(folder);
    }

    @Test
    void theInternals_areFoldedAway_belowTheEverydaySettings(FxRobot robot) {
        javafx.scene.control.TitledPane advanced = robot.lookup("#advancedPane")
                .queryAs(javafx.scene.control.TitledPane.class);
        assertThat(advanced.isExpanded()).isFalse();
        assertThat(advanced.getText()).isEqualTo(org.transferdesk.common.I18n.t("settingsAdvanced.title"));
        for (String internal : List.of("#urlField", "#schemaVersionLabel", "#sharedDbButton")) {
            javafx.scene.Node node = robot.lookup(internal).query();
            while (node != null && node != advanced) {
                node = node.getParent();
            }
            assertThat(node).as(internal + " is under 高级").isSameAs(advanced);
        }
        javafx.scene.control.ScrollPane page = robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> page.setVvalue(page.getVmax()));
        robot.clickOn(advanced.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(advanced.isExpanded()).isTrue();
    }
}
