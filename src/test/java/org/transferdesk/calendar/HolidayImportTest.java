package org.transferdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.common.Problem;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/**
 * Importing the State Council's arrangements in the holiday-cn JSON format, on a real database: real files of
 * that project (2023 with its 2022-12-31, 2026, the still empty 2027) and made-up ones for what is not out yet.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
public class HolidayImportTest {
    /** A made-up 2027 in the same format (not the official arrangements): Spring Festival 6–14 Feb, Sat 20 Feb worked. */
    public static final String MADE_UP_2027 = """
            {"year": 2027, "papers": ["https://example.invalid/notice"], "days": [
              {"name": "春节", "date": "2027-02-06", "isOffDay": true}, {"name": "春节", "date": "2027-02-07", "isOffDay": true},
              {"name": "春节", "date": "2027-02-08", "isOffDay": true}, {"name": "春节", "date": "2027-02-09", "isOffDay": true},
              {"name": "春节", "date": "2027-02-10", "isOffDay": true}, {"name": "春节", "date": "2027-02-11", "isOffDay": true},
              {"name": "春节", "date": "2027-02-12", "isOffDay": true}, {"name": "春节", "date": "2027-02-13", "isOffDay": true},
              {"name": "春节", "date": "2027-02-14", "isOffDay": true}, {"name": "春节", "date": "2027-02-20", "isOffDay": false}
            ]}""";

    @TempDir
    Path tmp;

    private WorkCalendarService service;

    @BeforeEach
    void open(Database db) {
        service = CalendarFixtures.service(db);
    }

    static Path resource(String name) {
        try {
            return Path.of(HolidayImportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String json) throws IOException {
        Path f = tmp.resolve("arrangements-" + System.identityHashCode(json) + ".json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theRealFileOf2026_readsEveryDay_andMatchesTheShippedArrangementsExactly() {
        HolidayCnFile file = HolidayCnFile.read(resource("holiday-cn-2026.json"));
        assertThat(file.year()).isEqualTo(2026);
        assertThat(file.papers()).containsExactly("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
        assertThat(file.days()).hasSize(39).contains(new CalendarDay(LocalDate.of(2026, 2, 14), Kind.WORKDAY, "春节"),
                new CalendarDay(LocalDate.of(2026, 10, 7), Kind.HOLIDAY, "国庆节"));

        CalendarImportPlan plan = service.planImport(file);
        assertThat(plan.changesAnything()).as("the shipped 2026 is the same notice").isFalse();
        assertThat(plan.describe()).anyMatch(l -> l.contains("2026 年：与现有 39 天相同"));
    }

    @Test
    void theRealFileOf2023_replacesItsYear_andAddsItsNewYearsEveDayTo2022WithoutTouching2022sOtherDays() {
        service.saveYear(2023, List.of(new CalendarDay(LocalDate.of(2023, 3, 1), Kind.HOLIDAY, "错录")));
        service.saveYear(2022, service.daysOf(2022).stream()
                .filter(d -> !d.date().equals(LocalDate.of(2022, 12, 31))).toList());
        int others2022 = service.daysOf(2022).size();

        CalendarImportPlan plan = service.planImport(HolidayCnFile.read(resource("holiday-cn-2023.json")));
        assertThat(plan.years()).extracting(CalendarImportPlan.YearChange::year).containsExactly(2022, 2023);
        CalendarImportPlan.YearChange y2022 = plan.years().get(0);
        assertThat(y2022.added()).containsExactly(new CalendarDay(LocalDate.of(2022, 12, 31), Kind.HOLIDAY, "元旦"));
        assertThat(y2022.removed()).isEmpty();
        CalendarImportPlan.YearChange y2023 = plan.years().get(1);
        assertThat(y2023.removed()).extracting(CalendarDay::name).containsExactly("错录");
        assertThat(y2023.after()).hasSize(33);
        service.applyImport(plan);

        assertThat(service.daysOf(2022)).hasSize(others2022 + 1);
        assertThat(service.daysOf(2023)).hasSize(33).noneMatch(d -> d.name().equals("错录"));
        assertThat(service.calendar().isWorkingDay(LocalDate.of(2023, 1, 28))).as("调休 Saturday").isTrue();
        assertThat(service.history(2022)).hasSize(2);
        assertThat(service.history(2023)).hasSize(2);
    }

    @Test
    void theStillEmpty2027File_isRefused_andChangesNothing() {
        HolidayCnFile empty = HolidayCnFile.read(resource("holiday-cn-2027.json"));
        assertThatThrownBy(() -> service.planImport(empty)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("workCalendar.import.empty"));
        assertThat(service.yearsWithArrangements()).doesNotContain(2027);
    }

    @Test
    void importingNextYear_endsTheFifteenWorkingDayPublicityAfterSpringFestival_andTheGapIsGone() throws IOException {
        LocalDate from = LocalDate.of(2027, 1, 25);
        assertThat(service.calendar().addWorkingDays(from, 15)).as("weekends only").isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(service.calendar().unarrangedYears(from, LocalDate.of(2027, 2, 15))).containsExactly(2027);

        service.applyImport(service.planImport(HolidayCnFile.read(file(MADE_UP_2027))));

        assertThat(service.calendar().addWorkingDays(from, 15)).as("the worked Saturday is the 15th working day")
                .isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(service.calendar().unarrangedYears(from, LocalDate.of(2027, 2, 20))).isEmpty();
    }

    @Test
    void aBrokenFile_namesEveryProblemOfEveryDay_andNothingIsGuessed() throws IOException {
        Path broken = file("""
                {"year": "2027", "papers": [], "days": [
                  {"name": "春节", "date": "2027-02-30", "isOffDay": true},
                  {"date": "2027-02-07", "isOffDay": "yes"},
                  7
                ]}""");
        assertThatThrownBy(() -> HolidayCnFile.read(broken)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("workCalendar.import.year",
                        "workCalendar.import.dayDate", "workCalendar.import.dayName", "workCalendar.import.dayOff",
                        "workCalendar.import.dayNotObject"));
        assertThatThrownBy(() -> HolidayCnFile.read(file("not json"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("workCalendar.import.notJson"));
    }

    @Test
    void aWorkedWeekdayInTheFile_isRefusedWithTheCalendarsOwnRule_andNothingIsSaved() throws IOException {
        Path bad = file("""
                {"year": 2027, "papers": [], "days": [
                  {"name": "春节", "date": "2027-02-08", "isOffDay": true},
                  {"name": "春节", "date": "2027-02-15", "isOffDay": false}
                ]}""");
        assertThatThrownBy(() -> service.planImport(HolidayCnFile.read(bad))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::key).containsExactly(
                        "workCalendar.import.yearProblems", "workCalendar.problem.workdayOnWeekday"));
        assertThat(service.daysOf(2027)).isEmpty();
    }

    @Test
    void aPlanMadeBeforeSomeoneElseSavedTheYear_isRefusedWhole() throws IOException {
        CalendarImportPlan plan = service.planImport(HolidayCnFile.read(file(MADE_UP_2027)));
        service.saveYear(2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), Kind.HOLIDAY, "元旦")));

        assertThatThrownBy(() -> service.applyImport(plan)).isInstanceOf(StaleRecordException.class);
        assertThat(service.daysOf(2027)).extracting(CalendarDay::name).containsExactly("元旦");
    }
}
