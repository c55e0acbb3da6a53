package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

class ReportRemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void lastYearsAndThisYearsReport_dueOn30MarchOfTheFollowingYear() {
        List<DueItem> items = ReportReminders.of(TODAY, year -> MonthDay.of(3, 30));

        assertThat(items).extracting(DueItem::key, DueItem::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ANNUAL_REPORT:2025", LocalDate.of(2026, 3, 30)),
                org.assertj.core.groups.Tuple.tuple("ANNUAL_REPORT:2026", LocalDate.of(2027, 3, 30)));
        assertThat(items).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.ANNUAL_REPORT);
            assertThat(i.rule()).isEqualTo("R-REPORT-WHO");
            assertThat(i.amount()).isNull();
        });
        assertThat(items.get(0).record()).isEqualTo(
                new RecordRef(RecordType.REPORT, 2025, I18n.t("due.record.report", "2025")));
        assertThat(items.get(0).action()).isEqualTo(I18n.t("due.action.report", "2025"));
    }

    @Test
    void deadline_isTheOneOfTheYearItFallsIn() {
        List<Integer> asked = new ArrayList<>();
        List<DueItem> items = ReportReminders.of(TODAY, year -> {
            asked.add(year);
            return year == 2027 ? MonthDay.of(4, 15) : MonthDay.of(3, 31);
        });

        assertThat(asked).containsExactly(2026, 2027);
        assertThat(items).extracting(DueItem::dueOn).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2027, 4, 15));
    }

    @Test
    void leapDayDeadline_fallsOnTheLastDayOfFebruaryInOtherYears() {
        assertThat(ReportReminders.of(LocalDate.of(2027, 1, 10), y -> MonthDay.of(2, 29)))
                .extracting(DueItem::dueOn).containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
    }

    @Test
    void onNewYearsDay_theYearsMoveOn() {
        assertThat(ReportReminders.of(LocalDate.of(2027, 1, 1), y -> MonthDay.of(3, 30))).extracting(DueItem::key)
                .containsExactly("ANNUAL_REPORT:2026", "ANNUAL_REPORT:2027");
    }

    @ParameterizedTest
    @CsvSource({"03-30, 3, 30", "' 12-31 ', 12, 31", "02-29, 2, 29", "01-01, 1, 1"})
    void parse_acceptsMonthDash(String text, int month, int day) {
        assertThat(ReportReminders.parse(text)).isEqualTo(MonthDay.of(month, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-30", "02-30", "13-01", "04-31", "0330", "03/30", "", "--03-30", "2026-03-30"})
    void parse_refusesAnythingElse(String text) {
        assertThatThrownBy(() -> ReportReminders.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
