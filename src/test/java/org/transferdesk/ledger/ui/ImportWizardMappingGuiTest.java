package org.transferdesk.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.transferdesk.db.jooq.Tables;
import org.transferdesk.ledger.ImportMapping;
import org.transferdesk.ledger.LedgerImporter;
import org.transferdesk.ledger.MappingProfiles;
import org.transferdesk.ledger.MappingReport;
import org.transferdesk.ledger.MessyLedger;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Screenshots;
import org.transferdesk.ui.Theme;

/**
 * Issue 17's walk through the wizard: a messy ledger (title rows, 万元 headers, sheets under other names, synonyms,
 * inventors by name) → the mapping step with its guesses and five questions answered in the drop-downs → check again →
 * what will be stored → confirm → import; the stored figures are checked, and the answers saved as a profile.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardMappingGuiTest {
    @TempDir
    static Path dir;

    private Database db;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ImportWizardViewModel vm;

    @Start
    void start(Stage stage) {
        db = Database.openInMemory("wizard-mapping-" + UUID.randomUUID());
        vm = new ImportWizardViewModel(new LedgerImporter(new LedgerRepository(db.dsl()), TestDatabase.CLOCK),
                new FxTaskExecutor(e -> {
                    throw new AssertionError(e);
                }), new DataEvents(), new MappingProfiles(dir.resolve("mappings")));
        var root = new ImportWizardView(vm, dialogs, stage::close).build();
        Theme.apply(root);
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks an option in the drop-down of every open question, as a clerk would. */
    private int answerQuestions(FxRobot robot, TableView<MappingRow> table) {
        int answered = 0;
        for (MappingRow row : List.copyOf(table.getItems())) {
            if (!row.isOpen()) {
                continue;
            }
            String wanted = switch (row.topic()) {
                case "取值" -> "技术开发";
                case "小数" -> "0.2 表示 20%";
                case "份额" -> "平均分配";
                case "重名" -> "T004（化学学院）";
                case "关键贡献人" -> "张三";
                default -> throw new AssertionError("unexpected question " + row.topic());
            };
            robot.interact(() -> table.scrollTo(row));
            WaitForAsyncUtils.waitForFxEvents();
            ComboBox<MappingReport.Option> combo = robot.from(table).lookup(".combo-box")
                    .<ComboBox<MappingReport.Option>>queryAll().stream()
                    .filter(c -> c.getParent() != null && c.getItems().equals(row.options())
                            && c.getValue() == row.choiceProperty().get())
                    .findFirst().orElseThrow();
            MappingReport.Option option = row.options().stream().filter(o -> o.label().equals(wanted)).findFirst()
                    .orElseThrow(() -> new AssertionError(wanted + " not offered in " + row.options()));
            robot.interact(() -> combo.setValue(option));
            answered++;
        }
        return answered;
    }

    @Test
    void aMessyLedger_mappingThenPreviewThenImport_storesTheFiguresRight(FxRobot robot) throws Exception {
        dialogs.fileAnswer = MessyLedger.write(dir.resolve("台账.xlsx"));
        robot.clickOn(robot.lookup(".button").lookup((Button b) -> b.getText().startsWith("选择 Excel")).<Button>query());
        robot.clickOn("#checkButton");
        TableView<MappingRow> mapping = robot.lookup("#mappingTable").queryTableView();
        waitFor(() -> !mapping.getItems().isEmpty());
        assertThat(robot.lookup("#mappingSummaryLabel").queryLabeled().getText()).contains("待回答问题 5 个");
        assertThat(mapping.getItems()).filteredOn(MappingRow::isOpen).hasSize(MessyLedger.QUESTIONS);
        assertThat(mapping.getItems()).extracting(MappingRow::where).contains("人员名单", "到账明细", "Sheet3", "合同台账");
        robot.interact(() -> Screenshots.save(mapping.getScene(), "import-wizard-mapping"));

        // the problems tab offers to go to the line that answers each question
        TableView<ProblemGroup> groups = robot.lookup("#groupsTable").queryTableView();
        // (the key-contributor question has no problem line of its own while the shares question is open)
        assertThat(groups.getItems()).filteredOn(g -> g.fix() != null).hasSizeGreaterThanOrEqualTo(MessyLedger.QUESTIONS - 1);

        assertThat(answerQuestions(robot, mapping)).isEqualTo(MessyLedger.QUESTIONS);
        assertThat(vm.mappingChangedProperty().get()).isTrue();
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).as("changed: check again first").isTrue();

        robot.clickOn("#checkButton");
        waitFor(() -> vm.stepProperty().get() == ImportWizardViewModel.Step.CHECKED && !vm.mappingChangedProperty().get()
                && vm.errors().stream().noneMatch(e -> !e.key().startsWith("ledger.notice")) && !vm.samples().isEmpty());
        assertThat(vm.problemGroups()).isEmpty();
        TableView<List<String>> sample = robot.lookup("#sampleTable").queryTableView();
        robot.interact(() -> robot.lookup("#sampleBox").<ComboBox<org.transferdesk.ledger.PreviewSample>>query()
                .getSelectionModel().select(vm.samples().stream().filter(s -> s.worksheet().equals("合同台账"))
                        .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.getItems().get(0)).contains("HT-2024-01", "作价投资", "1,200,000.00", "20%");
        robot.interact(() -> robot.lookup("#tabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(sample.getScene(), "import-wizard-preview"));

        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).as("guesses not yet confirmed").isTrue();
        robot.interact(() -> robot.lookup("#tabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(0));
        robot.clickOn("#confirmGuessesBox");
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).as(vm.messageProperty().get()).isFalse();
        robot.clickOn("#importButton");
        try {
            waitFor(() -> vm.stepProperty().get() != ImportWizardViewModel.Step.IMPORTING);
        } catch (java.util.concurrent.TimeoutException e) {
            Thread.getAllStackTraces().forEach((t, st) -> {
                System.out.println("THREAD " + t.getName());
                for (StackTraceElement el : st) {
                    System.out.println("   " + el);
                }
            });
            throw e;
        }
        assertThat(vm.stepProperty().get()).as(vm.messageProperty().get() + " " + vm.errors())
                .isEqualTo(ImportWizardViewModel.Step.DONE);
        var deal = Tables.DEAL;
        assertThat(db.dsl().select(deal.CONTRACT_NO, deal.MODE, deal.CONTRACT_AMOUNT).from(deal).orderBy(deal.CONTRACT_NO)
                .fetch().map(r -> r.value1() + " " + r.value2() + " " + r.value3().toPlainString()))
                .containsExactly("HT-2024-01 EQUITY 1200000.00", "HT-2024-02 DEVELOPMENT 355000.00",
                        "HT-2024-03 DEVELOPMENT 80000.00", "HT-2024-04 LICENSE 123450.00");

        // the answers become the office's profile; the next check of the same ledger asks nothing
        // (typed through the editor: the headless robot has no Chinese input method)
        robot.interact(() -> robot.lookup("#profileBox").<ComboBox<String>>query().getEditor().setText("月度台账"));
        robot.clickOn("#saveProfileButton");
        Path profile = dir.resolve("mappings/月度台账.json");
        waitFor(() -> Files.exists(profile));
        assertThat(ImportMapping.read(profile).values().get("contracts.mode")).containsEntry("技术合作", "DEVELOPMENT");
        assertThat(robot.lookup("#confirmGuessesBox").queryAs(CheckBox.class)).isNotNull();
    }
}
