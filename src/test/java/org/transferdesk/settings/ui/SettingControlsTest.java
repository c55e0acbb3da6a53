package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.due.ReportReminders;
import org.transferdesk.pilot.ui.PilotRulesViewModel;

/**
 * Issue 24 item 4: reminder days as a list and the report deadline as a month and a day, through the owners' one
 * parser: the stored strings stay exactly what the CLI and the database know ("90,30,7", "03-30").
 */
class SettingControlsTest {
    private static final SettingEditor.DayCounts DAYS = PilotRulesViewModel.reminderDays();
    private static final SettingEditor.YearDay DEADLINE = new SettingEditor.YearDay(ReportReminders::parse,
            ReportReminders::format);

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "90,30,7|1|90,30,7,1",
        "90,30,7|365|365,90,30,7",
        "90,30,7|60|90,60,30,7",
        "90,30,7|30|90,30,7",
        "90,30,7|0|90,30,7",
        "90,30,7|366|90,30,7",
        "7|365|365,7",
    })
    void aDayIsAddedInOrder_andOutOfRangeOrTwiceIsRefused(String stored, int day, String after) {
        assertThat(DAYS.with(stored, day)).isEqualTo(after);
        assertThat(DAYS.mayAdd(stored, day)).isEqualTo(!after.equals(stored));
    }

    @ParameterizedTest(name = "{0} − {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "90,30,7|30|90,7",
        "365,90,30,7,1|1|365,90,30,7",
        "90,30,7|45|90,30,7",
        "7|7|7",
    })
    void aDayIsRemoved_butTheListKeepsOne(String stored, int day, String after) {
        assertThat(DAYS.without(stored, day)).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "90,30,7|",
        "365,1|",
        "90,30,30|提前天数有重复。",
        "366,30|应在 1 到 365 之间",
        "90,abc|无法读取",
    })
    void typedTextIsCheckedAsTheListIs(String stored, String problem) {
        if (problem == null) {
            assertThat(DAYS.problems(stored)).isEmpty();
        } else {
            assertThat(DAYS.problems(stored)).singleElement().asString().contains(problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "03-30|true|3月30日",
        "02-28|true|2月28日",
        "02-29|true|2月29日",
        "02-30|false|02-30",
        "13-01|false|13-01",
        "3-30|false|3-30",
    })
    void aDeadlineIsAMonthAndADay_02_30IsNone(String stored, boolean valid, String shown) {
        assertThat(DEADLINE.problems(stored).isEmpty()).isEqualTo(valid);
        assertThat(DEADLINE.shown(stored)).isEqualTo(shown);
        DEADLINE.read(stored).ifPresent(d -> assertThat(DEADLINE.join().apply(d)).isEqualTo(stored));
    }

    /** The rule's reading of 02-29 in a year without it: MonthDay.atYear, the last day of February. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027, 2027-02-28", "2028, 2028-02-29"})
    void the29thOfFebruaryIsThe28thInOtherYears(int year, LocalDate due) {
        assertThat(ReportReminders.parse("02-29").atYear(year)).isEqualTo(due);
        assertThat(ReportReminders.format(MonthDay.of(2, 29))).isEqualTo("02-29");
    }
}
