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

    @Test
    void aMessyOfficeWorkbook_isReadAsItMeans_theNotesAreListed_andTheFiguresStoredInYuan(FxRobot robot) throws Exception {
        dialogs.fileAnswer = org.transferdesk.ledger.TestWorkbook.create()
                .sheet("人员名单", org.transferdesk.ledger.TestWorkbook.row("序号", "工号", "姓名", "所在学院"),
                        org.transferdesk.ledger.TestWorkbook.row(1, "T001", "张三", "材料学院"),
                        org.transferdesk.ledger.TestWorkbook.row(2, "T002", "李四", "材料学院"))
                .sheet("成果", org.transferdesk.ledger.TestWorkbook.row("成果编号", "成果名称", "披露日期", "完成人"),
                        org.transferdesk.ledger.TestWorkbook.row("R-1", "固态电解质", "2024年3月1日", "张三(60%)*、李四(40%)"))
                .sheet("2024年合同台账", org.transferdesk.ledger.TestWorkbook.row("2024年科技成果转化合同台账"),
                        org.transferdesk.ledger.TestWorkbook.row("单位：万元"),
                        org.transferdesk.ledger.TestWorkbook.row("合同编号", "转化方式", "签约日期", "合同金额", "对方单位",
                                "占股比例", "关联成果"),
                        org.transferdesk.ledger.TestWorkbook.row("HT-1", "作价入股", "2024/5/6", 120, "甲科技有限公司",
                                org.transferdesk.ledger.TestWorkbook.percentCell(0.2), "R-1"))
                .writeTo(dir.resolve("台账.xlsx"));
        robot.clickOn(robot.lookup(".button").lookup((Button b) -> b.getText().startsWith("选择 Excel")).<Button>query());
        robot.clickOn("#checkButton");
        TableView<?> problems = robot.lookup("#errorsTable").queryTableView();
        waitFor(() -> robot.lookup("#confirmGuessesBox").queryAs(javafx.scene.control.CheckBox.class).isVisible());
        assertThat(robot.lookup("#importButton").queryButton().isDisabled())
                .as("the guesses (人员名单, 所在学院, 作价入股 …) are confirmed before anything is imported").isTrue();
        robot.clickOn("#confirmGuessesBox");
        waitFor(() -> !robot.lookup("#importButton").queryButton().isDisabled());
        assertThat(problems.getItems()).hasSizeGreaterThanOrEqualTo(5);
        robot.interact(() -> org.transferdesk.ui.Screenshots.save(problems.getScene(), "import-wizard-notes"));
        dialogs.fileToSave = dir.resolve("notes.csv");
        robot.clickOn("#exportProblemsButton");
        waitFor(() -> Files.exists(dir.resolve("notes.csv")) && Files.readAllLines(dir.resolve("notes.csv")).size()
                == problems.getItems().size() + 1);

        robot.clickOn("#importButton");
        waitFor(() -> new DisclosureRepository(db.dsl()).count() == 1 && reloads > 0);
        var deal = org.transferdesk.db.jooq.Tables.DEAL;
        assertThat(db.dsl().select(deal.CONTRACT_AMOUNT).from(deal).where(deal.CONTRACT_NO.eq("HT-1"))
                .fetchOne(deal.CONTRACT_AMOUNT)).isEqualByComparingTo("1200000.00");
        assertThat(db.dsl().select(deal.MODE).from(deal).where(deal.CONTRACT_NO.eq("HT-1")).fetchOne(deal.MODE))
                .isEqualTo("EQUITY");
    }
}
