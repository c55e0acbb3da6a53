package org.transferdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.calendar.persistence.WorkCalendarRepository;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/** Facts from the State Council notices that V4__work_calendar.sql ships, read back from a migrated database. */
@Tag(TestDatabase.TAG)
class OfficialArrangementsTest {
    private static Database db;
    private static WorkCalendar calendar;

    @BeforeAll
    static void load() {
        db = TestDatabase.fresh();
        calendar = new WorkCalendar(new WorkCalendarRepository(db.dsl()).findAll());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource(textBlock = """
            # 2024 (国办发明电〔2023〕7号): Spring Festival 02-10..17, working Sundays 02-04 and 02-18
            2024-02-04, true
            2024-02-18, true
            2024-02-16, false
            # National Day 10-01..07, working 09-29 (Sun) and 10-12 (Sat)
            2024-09-29, true
            2024-10-01, false
            2024-10-04, false
            2024-10-07, false
            2024-10-08, true
            2024-10-12, true
            # 2020: the Spring Festival extension (国办发明电〔2020〕1号) made the 调休 Saturday 02-01 a day off
            2020-01-19, true
            2020-01-31, false
            2020-02-01, false
            2020-02-03, true
            # 2023 元旦 began on Saturday 2022-12-31; Monday 2023-01-02 off
            2023-01-02, false
            # 2025 (国办发明电〔2024〕12号): 除夕 01-28 off, working Sunday 01-26
            2025-01-28, false
            2025-01-26, true
            # 2026 (国办发明电〔2025〕7号): 元旦 01-01..03 with working Sunday 01-04; 春节 02-15..23
            2026-01-02, false
            2026-01-04, true
            2026-02-23, false
            2026-02-28, true
            """)
    void theShippedCalendar_matchesTheNotices(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void e4_rewardPublicityOf15WorkingDays_fromMonday2024_11_04_endsOn2024_11_25() {
        assertThat(calendar.addWorkingDays(LocalDate.parse("2024-11-04"), 15)).isEqualTo(LocalDate.parse("2024-11-25"));
    }

    @Test
    void fifteenWorkingDaysFrom2024_09_27_skipNationalDay() {
        assertThat(calendar.addWorkingDays(LocalDate.parse("2024-09-27"), 15)).isEqualTo(LocalDate.parse("2024-10-23"));
    }

    @Test
    void everyYearFrom2020To2026_isShipped_andEveryWorkdayIsAWeekendDay() {
        assertThat(IntStream.rangeClosed(2020, 2026)).allMatch(calendar::hasArrangementsFor);
        assertThat(calendar.hasArrangementsFor(2027)).isFalse();
        List<CalendarDay> days = calendar.specialDays();
        assertThat(days).filteredOn(d -> d.kind() == CalendarDay.Kind.WORKDAY)
                .allMatch(d -> d.date().getDayOfWeek().getValue() >= 6);
        assertThat(days).allMatch(d -> !d.name().isBlank());
        for (int year = 2020; year <= 2026; year++) {
            assertThat(WorkCalendarRules.validate(year, new WorkCalendarRepository(db.dsl()).findYear(year)))
                    .as("year %d", year).isEmpty();
        }
    }
}
