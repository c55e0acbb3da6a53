package org.transferdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;

/** A working-day period that touches a year without arrangements is named, never counted silently. */
class CalendarGapsTest {
    /** 2026 arranged (one day is enough to count as arranged), 2027 not. */
    private static final WorkCalendar CALENDAR = new WorkCalendar(List.of(
            new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDay.Kind.HOLIDAY, "国庆节")));

    @ParameterizedTest(name = "{0} … {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | 2026-12-31 | ''
            2026-12-31 | 2026-12-31 | ''
            2026-12-31 | 2027-01-01 | 2027
            2027-01-01 | 2026-12-31 | 2027
            2026-12-10 | 2027-01-05 | 2027
            2027-01-01 | 2027-12-31 | 2027
            2025-12-31 | 2026-01-01 | 2025
            2027-12-31 | 2028-02-29 | 2027 2028
            """)
    void unarrangedYears_areTheYearsOfThePeriodWithoutAnyArrangement(LocalDate from, LocalDate to, String years) {
        Set<Integer> expected = new TreeSet<>();
        for (String y : years.isBlank() ? new String[0] : years.split(" ")) {
            expected.add(Integer.parseInt(y));
        }
        assertThat(CALENDAR.unarrangedYears(from, to)).containsExactlyElementsOf(expected);
    }

    @Test
    void message_namesEveryYearAndHowToFixIt_inBothLanguages() {
        assertThat(CalendarGaps.message(new TreeSet<>())).isEmpty();
        String zh = CalendarGaps.message(new TreeSet<>(Set.of(2028, 2027)));
        assertThat(zh).contains("2027、2028 年的节假日安排尚未录入", "周一至周五", "工作日历", "calendar import")
                .doesNotContain("2,027");
        I18n.setLocale(java.util.Locale.ENGLISH);
        assertThat(CalendarGaps.message(new TreeSet<>(Set.of(2027))))
                .contains("No holiday arrangements are recorded for 2027", "Monday to Friday", "calendar import");
    }
}
