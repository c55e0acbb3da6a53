package org.transferdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.calendar.CalendarFixtures.day;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.common.Problem;

class WorkCalendarRulesTest {
    @Test
    void aValidYear_hasNoProblems() {
        assertThat(WorkCalendarRules.validate(2024, List.of(day("2024-10-01", Kind.HOLIDAY, "国庆节"),
                day("2024-10-12", Kind.WORKDAY, "国庆节")))).isEmpty();
        assertThat(WorkCalendarRules.validate(2024, List.of())).isEmpty();
    }

    @Test
    void everyProblemIsListed_withItsRowAndField() {
        List<Problem> problems = WorkCalendarRules.validate(2024, List.of(
                day("2025-01-01", Kind.HOLIDAY, "元旦"),
                day("2024-10-08", Kind.WORKDAY, "国庆节"),
                day("2024-10-01", Kind.HOLIDAY, " "),
                day("2024-10-01", null, "国庆节"),
                day(null, Kind.HOLIDAY, "x".repeat(101))));
        assertThat(problems).extracting(Problem::key, Problem::field, p -> p.args()[0]).containsExactly(
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.otherYear", "date", 1),
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.workdayOnWeekday", "kind", 2),
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.nameRequired", "name", 3),
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.kindRequired", "kind", 4),
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.duplicate", "date", 4),
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.dateRequired", "date", 5),
                org.assertj.core.groups.Tuple.tuple("workCalendar.problem.nameTooLong", "name", 5));
        assertThat(Arrays.asList(problems.get(4).args())).containsExactly(4, "2024-10-01", 3);
        assertThat(problems.get(0).message()).isEqualTo("第 1 行：2025-01-01 不在 2024 年内。");
    }
}
