package org.transferdesk.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.HolidayImportTest;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.Database;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Screenshots;
import org.transferdesk.ui.Theme;

/** The work calendar window: 2027 starts empty and says so; 导入放假安排… fills it after the preview is confirmed. */
@ExtendWith(ApplicationExtension.class)
class WorkCalendarViewTest {
    private int changes;
    @TempDir
    static Path tmp;

    private Database db;
    private FxTaskExecutor executor;
    private WorkCalendarService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final java.util.List<String> confirmed = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        db = TestDatabase.fresh();
        service = new WorkCalendarService(new WorkCalendarRepository(db.dsl()), new AuditRepository(db.dsl()),
                TestDatabase.CLOCK);
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        Path file = tmp.resolve("2027.json");
        Files.writeString(file, HolidayImportTest.MADE_UP_2027);
        dialogs.fileAnswer = file;
        dialogs.onConfirm = confirmed::add;
        WorkCalendarViewModel vm = new WorkCalendarViewModel(service, executor, dialogs, 2027, () -> changes++);
        var root = new WorkCalendarView(vm, () -> { }).build();
        Theme.apply(root);
        vm.load(() -> { });
        stage.setScene(new Scene(root));
        stage.show();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met", e);
        }
    }

    @AfterEach
    void tearDown() {
        executor.close();
        db.close();
    }

    @Test
    void importButton_previewsTheChanges_thenShowsTheImportedYear(FxRobot robot) {
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("2027 年尚无放假安排"));

        robot.clickOn("#importArrangements");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#daysTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 10);
        assertThat(confirmed).hasSize(1);
        assertThat(confirmed.get(0)).contains("2027 年：新增 10 天", "+ 2027-02-06 放假 春节");
        assertThat(summary.getText()).isEqualTo("2027 年：放假 9 天，调休上班 1 天");
        assertThat(service.daysOf(2027)).hasSize(10);
        robot.interact(() -> Screenshots.save(table.getScene(), "work-calendar-imported"));
    }
}
