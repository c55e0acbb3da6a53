package org.transferdesk.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Theme;

/** The wizard: choose a folder, check (counts, nothing written), import; a bad folder lists its errors. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardGuiTest {
    @TempDir
    Path dir;

    private Database db;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final DataEvents events = new DataEvents();
    private int reloads;

    @Start
    void start(Stage stage) {
        db = Database.openInMemory("wizard-" + UUID.randomUUID());
        events.subscribe(change -> reloads++);
        ImportWizardViewModel vm = new ImportWizardViewModel(
                new org.transferdesk.ledger.LedgerImporter(new LedgerRepository(db.dsl()), TestDatabase.CLOCK),
                new FxTaskExecutor(e -> {
                    throw new AssertionError(e);
                }), events);
        var root = new ImportWizardView(vm, dialogs, stage::close).build();
        Theme.apply(root);
        stage.setScene(new Scene(root));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path folder(String name, String people, String results) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("人员.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("成果.csv"), results, StandardCharsets.UTF_8);
        return folder;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void goodFolder_checkShowsCounts_thenImportWritesEverything(FxRobot robot) throws Exception {
        dialogs.fileAnswer = folder("good", "工号,姓名,院系\nT001,张三,材料学院\nT002,李四,材料学院\n",
                "成果编号,成果名称,披露日期,完成人\nR-2024-0001,固态电解质,2024-03-01,T001:60*;T002:40\n");
        robot.clickOn(robot.lookup(".button").lookup((Button b) -> b.getText().startsWith("选择 CSV")).<Button>query());
        robot.clickOn("#checkButton");
        TableView<?> counts = robot.lookup("#countsTable").queryTableView();
        waitFor(() -> !counts.getItems().isEmpty() && !robot.lookup("#importButton").queryButton().isDisabled());
        assertThat(new PersonRepository(db.dsl()).count()).as("checking writes nothing").isZero();

        robot.clickOn("#importButton");
        waitFor(() -> new DisclosureRepository(db.dsl()).count() == 1);
        assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(2);
        waitFor(() -> reloads > 0);
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void badFolder_listsEveryError_andImportStaysDisabled(FxRobot robot) throws Exception {
        dialogs.fileAnswer = folder("bad", "工号,姓名,身份证号\nT001,张三,110105194912310021\n",
                "成果编号,成果名称,披露日期,完成人\nR-2024-0001,坏,2024-02-30,T001:90*\n");
        robot.clickOn(robot.lookup(".button").lookup((Button b) -> b.getText().startsWith("选择 CSV")).<Button>query());
        robot.clickOn("#checkButton");
        TableView<?> errors = robot.lookup("#errorsTable").queryTableView();
        waitFor(() -> errors.getItems().size() >= 3);
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(new PersonRepository(db.dsl()).count()).isZero();
    }
}
