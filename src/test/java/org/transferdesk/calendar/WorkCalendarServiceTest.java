package org.transferdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.calendar.CalendarFixtures.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class WorkCalendarServiceTest {
    private WorkCalendarService service;

    @BeforeEach
    void open(Database db) {
        service = CalendarFixtures.service(db);
    }

    @Test
    void aBadSave_listsEveryProblem_andChangesNothing() {
        WorkCalendar before = service.calendar();
        List<CalendarDay> bad = List.of(day("2025-01-01", Kind.HOLIDAY, "元旦"), day("2024-10-08", Kind.WORKDAY, "国庆节"),
                day("2024-10-01", Kind.HOLIDAY, ""), day("2024-10-01", Kind.HOLIDAY, "国庆节"));
        assertThatThrownBy(() -> service.saveYear(2024, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::key).containsExactly(
                        "workCalendar.problem.otherYear", "workCalendar.problem.workdayOnWeekday",
                        "workCalendar.problem.nameRequired", "workCalendar.problem.duplicate"));
        assertThat(service.daysOf(2024)).hasSize(36);
        assertThat(service.history(2024)).isEmpty();
        assertThat(service.calendar()).isSameAs(before);
    }

    @Test
    void aGoodSave_isSortedAndStripped_refreshesTheCalendar_andIsAudited() {
        assertThat(service.calendar().hasArrangementsFor(2027)).isFalse();
        assertThat(service.yearsWithArrangements()).doesNotContain(2027);
        service.saveYear(2027, List.of(day("2027-10-01", Kind.HOLIDAY, " 国庆节 "), day("2027-09-26", Kind.WORKDAY, "国庆节")));

        assertThat(service.daysOf(2027)).containsExactly(day("2027-09-26", Kind.WORKDAY, "国庆节"),
                day("2027-10-01", Kind.HOLIDAY, "国庆节"));
        assertThat(service.calendar().hasArrangementsFor(2027)).isTrue();
        assertThat(service.calendar().isWorkingDay(LocalDate.parse("2027-09-26"))).isTrue();
        assertThat(service.yearsWithArrangements()).contains(2027);
        assertThat(service.history(2027)).hasSize(1);
    }

    @Test
    void calendar_isCachedUntilASave() {
        WorkCalendar first = service.calendar();
        assertThat(service.calendar()).isSameAs(first);
        List<CalendarDay> days = new ArrayList<>(service.daysOf(2024));
        days.removeIf(d -> d.date().equals(LocalDate.parse("2024-10-07")));
        service.saveYear(2024, days);
        assertThat(service.calendar()).isNotSameAs(first);
        assertThat(service.calendar().isWorkingDay(LocalDate.parse("2024-10-07"))).isTrue();
    }

    @Test
    void officialYears_are2020To2026() {
        assertThat(WorkCalendarService.officialYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }
}
