package org.transferdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.calendar.CalendarDay.Kind;

/** R-PUB-REWARD / R-DATE on a fixed calendar: the 2024 National Day arrangement and nothing else. */
class WorkCalendarTest {
    private static final WorkCalendar NATIONAL_DAY_2024 = new WorkCalendar(List.of(
            day("2024-09-29", Kind.WORKDAY), day("2024-10-01", Kind.HOLIDAY), day("2024-10-02", Kind.HOLIDAY),
            day("2024-10-03", Kind.HOLIDAY), day("2024-10-04", Kind.HOLIDAY), day("2024-10-05", Kind.HOLIDAY),
            day("2024-10-06", Kind.HOLIDAY), day("2024-10-07", Kind.HOLIDAY), day("2024-10-12", Kind.WORKDAY)));

    private static CalendarDay day(String date, Kind kind) {
        return new CalendarDay(LocalDate.parse(date), kind, "国庆节");
    }

    @ParameterizedTest(name = "{0} + {1} working days → {2}")
    @CsvSource(textBlock = """
            # E4: Monday 2024-11-04, no holidays in between
            2024-11-04, 15, 2024-11-25
            # start day not counted: Friday + 1 is the next Monday
            2024-11-08,  1, 2024-11-11
            # crossing National Day: 09-29 (Sun) and 10-12 (Sat) count, 10-01..07 do not
            2024-09-27, 15, 2024-10-23
            2024-09-28,  1, 2024-09-29
            2024-09-30,  1, 2024-10-08
            2024-10-11,  1, 2024-10-12
            # zero days: the start day itself
            2024-10-03,  0, 2024-10-03
            """)
    void addWorkingDays_skipsWeekendsAndHolidays_countsAdjustedWeekends(LocalDate start, int days, LocalDate last) {
        assertThat(NATIONAL_DAY_2024.addWorkingDays(start, days)).isEqualTo(last);
    }

    @Test
    void isWorkingDay_followsTheArrangementBeforeTheWeekday() {
        assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-09-29"))).as("调休 Sunday").isTrue();
        assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-02"))).as("holiday Wednesday").isFalse();
        assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-13"))).as("plain Sunday").isFalse();
        assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-14"))).as("plain Monday").isTrue();
    }

    @Test
    void aYearWithoutArrangements_countsWeekendsOnly() {
        assertThat(NATIONAL_DAY_2024.hasArrangementsFor(2024)).isTrue();
        assertThat(NATIONAL_DAY_2024.hasArrangementsFor(2027)).isFalse();
        assertThat(WorkCalendar.weekendsOnly().addWorkingDays(LocalDate.parse("2024-09-27"), 15))
                .isEqualTo(LocalDate.parse("2024-10-18"));
    }
}
