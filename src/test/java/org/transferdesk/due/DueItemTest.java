package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

class DueItemTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<Integer> LEVELS = List.of(90, 60, 30, 7);

    private static DueItem dueIn(long days) {
        return new DueItem("K", DueKind.INSTALMENT, "CONTRACT", TODAY.plusDays(days),
                new RecordRef(RecordType.DEAL, 1, "HT-1"), "act", null, null);
    }

    @ParameterizedTest(name = "{0} days left → level {1}")
    @CsvSource(nullValues = "null", value = {
            "120, null", "91, null", "90, 90", "61, 90", "60, 60", "31, 60", "30, 30", "8, 30", "7, 7", "1, 7", "0, 7"})
    void level_isTheSmallestLevelReached(long daysLeft, Integer level) {
        DueItem item = dueIn(daysLeft);
        assertThat(item.daysLeft(TODAY)).isEqualTo(daysLeft);
        assertThat(item.overdue(TODAY)).isFalse();
        assertThat(item.level(TODAY, LEVELS)).isEqualTo(level);
    }

    @Test
    void level_doesNotDependOnTheOrderOfTheLevels() {
        assertThat(dueIn(45).level(TODAY, List.of(7, 90, 30, 60))).isEqualTo(60);
        assertThat(dueIn(5).level(TODAY, List.of(30, 7))).isEqualTo(7);
    }

    @Test
    void overdue_hasNoLevel() {
        DueItem item = dueIn(-1);
        assertThat(item.overdue(TODAY)).isTrue();
        assertThat(item.daysLeft(TODAY)).isEqualTo(-1);
        assertThat(item.level(TODAY, LEVELS)).isNull();
    }

    @Test
    void noLevels_noLevel() {
        assertThat(dueIn(3).level(TODAY, List.of())).isNull();
    }
}
