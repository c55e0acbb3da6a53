package org.transferdesk.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.Database;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DialogService.UnsavedChoice;
import org.transferdesk.ui.FakeDialogService;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class WorkCalendarViewModelTest {
    private int changes;
    private Database db;
    private WorkCalendarService service;
    private FakeDialogService dialogs;
    private WorkCalendarViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        service = new WorkCalendarService(new WorkCalendarRepository(db.dsl()), new AuditRepository(db.dsl()),
                TestDatabase.CLOCK);
        dialogs = new FakeDialogService();
        vm = new WorkCalendarViewModel(service, new CurrentThreadTaskExecutor(), dialogs, 2024, () -> changes++);
        vm.load(() -> { });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void form(String date, Kind kind, String name) {
        vm.form().date().set(date == null ? null : LocalDate.parse(date));
        vm.form().kind().set(kind);
        vm.form().name().set(name);
    }

    @Test
    void loadsTheYear_andSaysWhichYearsShipTheOfficialArrangements() {
        assertThat(vm.rows()).hasSize(36);
        assertThat(vm.summaryProperty().get()).isEqualTo("2024 年：放假 28 天，调休上班 8 天");
        assertThat(vm.officialYearsProperty().get()).contains("2020–2026");
        assertThat(vm.yearsInCalendarProperty().get()).endsWith("2020–2026");
        assertThat(vm.isDirty()).isFalse();

        vm.yearProperty().set(2027);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("2027 年尚无放假安排：该年内的工作日期限只跳过周末。");
    }

    @Test
    void addingABadRow_showsTheFieldErrors_andAddsNothing() {
        form("2024-10-08", Kind.WORKDAY, "");
        assertThat(vm.add()).isFalse();
        assertThat(vm.fieldErrors()).containsOnlyKeys("kind", "name");
        assertThat(vm.fieldErrors().get("kind")).contains("2024-10-08").contains("星期六或星期日");

        form("2024-10-01", Kind.HOLIDAY, "重复");
        assertThat(vm.add()).isFalse();
        assertThat(vm.fieldErrors().get("date")).contains("已在第");

        form("2025-01-01", Kind.HOLIDAY, "元旦");
        assertThat(vm.add()).isFalse();
        assertThat(vm.fieldErrors().get("date")).isEqualTo("第 37 行：2025-01-01 不在 2024 年内。");
        assertThat(vm.rows()).hasSize(36);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void addReplaceRemove_thenSave_writesTheYear() {
        vm.yearProperty().set(2027);
        form("2027-10-01", Kind.HOLIDAY, "国庆节");
        assertThat(vm.add()).isTrue();
        assertThat(vm.form().date().get()).as("moves on to the next day").isEqualTo(LocalDate.parse("2027-10-02"));
        assertThat(vm.add()).isTrue();
        form("2027-09-26", Kind.WORKDAY, "国庆节");
        assertThat(vm.add()).isTrue();
        assertThat(vm.rows()).extracting(CalendarDay::date).containsExactly(LocalDate.parse("2027-09-26"),
                LocalDate.parse("2027-10-01"), LocalDate.parse("2027-10-02"));

        CalendarDay second = vm.rows().get(2);
        vm.select(second);
        vm.form().name().set("国庆");
        assertThat(vm.replace(second)).isTrue();
        vm.remove(vm.rows().get(0));
        assertThat(vm.isDirty()).isTrue();

        List<Boolean> result = new ArrayList<>();
        vm.save(result::add);
        assertThat(result).containsExactly(true);
        assertThat(service.daysOf(2027)).containsExactly(
                new CalendarDay(LocalDate.parse("2027-10-01"), Kind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.parse("2027-10-02"), Kind.HOLIDAY, "国庆"));
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.yearsInCalendarProperty().get()).endsWith("2020–2027");
        assertThat(dialogs.notices).containsExactly("已保存 2027 年的工作日历");
    }

    @Test
    void switchingYearWithUnsavedChanges_asks_andCancelKeepsTheYear() {
        vm.remove(vm.rows().get(0));
        dialogs.unsavedAnswer = UnsavedChoice.CANCEL;
        vm.yearProperty().set(2025);
        assertThat(vm.yearProperty().get()).isEqualTo(2024);
        assertThat(vm.rows()).hasSize(35);

        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        vm.yearProperty().set(2025);
        assertThat(vm.rows()).hasSize(33);
        assertThat(service.daysOf(2024)).hasSize(36);
    }

    @Test
    void aRefusedSave_listsTheProblems() {
        // The form refuses such a row; the service's check on save is the last word all the same.
        vm.rows().add(new CalendarDay(LocalDate.parse("2030-01-01"), Kind.HOLIDAY, "元旦"));
        List<Boolean> result = new ArrayList<>();
        vm.save(result::add);
        assertThat(result).containsExactly(false);
        assertThat(vm.problems()).containsExactly("第 37 行：2030-01-01 不在 2024 年内。");
        assertThat(service.daysOf(2024)).hasSize(36);
    }

    @Test
    void importingAHolidayFile_showsEveryChangeBeforeSaving_andCancelSavesNothing() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("holiday-cn", ".json");
        try {
            java.nio.file.Files.writeString(file, org.transferdesk.calendar.HolidayImportTest.MADE_UP_2027);
            dialogs.fileAnswer = file;
            List<String> shown = new ArrayList<>();
            dialogs.confirmAnswer = false;
            dialogs.onConfirm = shown::add;
            vm.importArrangements();
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0)).contains("2027 年：新增 10 天", "+ 2027-02-20 调休上班 春节");
            assertThat(service.daysOf(2027)).isEmpty();
            assertThat(vm.yearProperty().get()).isEqualTo(2024);
            assertThat(changes).as("nothing saved, nothing to reload").isZero();

            dialogs.confirmAnswer = true;
            vm.importArrangements();
            assertThat(service.daysOf(2027)).hasSize(10);
            assertThat(vm.yearProperty().get()).as("the imported year is shown").isEqualTo(2027);
            assertThat(vm.rows()).hasSize(10);
            assertThat(dialogs.notices).containsExactly("已导入 2027 年的放假安排");
            assertThat(changes).as("the 待办 page reloads its calendar warning").isEqualTo(1);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void importingABrokenFile_listsItsProblems_andChangesNothing() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("holiday-cn", ".json");
        try {
            java.nio.file.Files.writeString(file, "{\"year\": 2027, \"papers\": []}");
            dialogs.fileAnswer = file;
            vm.importArrangements();
            assertThat(vm.problems()).containsExactly(
                    "文件缺少“days”列表（holiday-cn 格式：days 中每项含 name、date、isOffDay）。");
            assertThat(service.daysOf(2027)).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
