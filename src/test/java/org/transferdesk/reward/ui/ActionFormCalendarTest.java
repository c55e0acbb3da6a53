package org.transferdesk.reward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.transferdesk.reward.PublicityEnd;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** The editor shows the warning beside the earliest end whenever that end counted a year without holidays. */
class ActionFormCalendarTest {
    @Test
    void choosingTheFirstDay_showsTheEarliestEnd_andTheWarningOnlyWhenAYearLacksArrangements() {
        PublicityDates form = new PublicityDates(new CurrentThreadTaskExecutor(), from -> {
            LocalDate end = from.plusDays(21);
            SortedSet<Integer> gaps = end.getYear() > 2026 ? new TreeSet<>(java.util.Set.of(end.getYear())) : new TreeSet<>();
            return new PublicityEnd(end, gaps);
        });

        form.fromProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(form.earliestEndProperty().get()).contains("2026-12-22");
        assertThat(form.calendarWarningProperty().get()).isEmpty();

        form.fromProperty().set(LocalDate.of(2026, 12, 11));
        assertThat(form.toProperty().get()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(form.calendarWarningProperty().get()).contains("2027 年的节假日安排尚未录入");

        form.fromProperty().set(null);
        assertThat(form.calendarWarningProperty().get()).isEmpty();
    }
}
