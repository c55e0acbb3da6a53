package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.link.RecordType;

/** Issue 25, R-NEED: an open need's deadline is in 待办 when overdue or within the reminder window. */
@Tag(TestDatabase.TAG)
class NeedDeadlineRemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "deadline {0} days from today → needs attention {1}")
    @CsvSource({
        "-30, true",   // long overdue
        "-1,  true",   // yesterday
        "0,   true",   // today
        "7,   true",   // the window's last day (the smallest reminder level, 7 days)
        "8,   false",  // the day after the window
    })
    void aDeadline_isInTheAttention_whenOverdueOrWithinTheWindow(int days, boolean attention) {
        try (DueFixture f = new DueFixture()) {
            f.today(TODAY);
            int before = f.service.attention(TODAY).total();
            f.needDeadlines.add(new NeedDeadline(12, "陕西秦川新材料有限公司", "高比容量硅碳负极", TODAY.plusDays(days)));
            int soon = f.service.soonDays(TODAY);
            assertThat(soon).isEqualTo(7);
            DueItem item = f.service.open(TODAY).stream().filter(i -> i.kind() == DueKind.NEED_DEADLINE).findFirst()
                    .orElseThrow();
            assertThat(item.record().type()).isEqualTo(RecordType.NEED);
            assertThat(item.record().id()).isEqualTo(12);
            assertThat(item.record().label()).contains("陕西秦川新材料有限公司", "高比容量硅碳负极");
            assertThat(f.service.within(TODAY, soon).contains(item)).isEqualTo(attention);
            assertThat(f.service.attention(TODAY).total()).isEqualTo(before + (attention ? 1 : 0));
            assertThat(new DueRanking(TODAY, soon).consequence(item)).isEqualTo(Consequence.ROUTINE);
            assertThat(f.service.deriveAll(TODAY)).contains(item);
        }
    }

    @ParameterizedTest(name = "incremental {0}")
    @CsvSource({"false", "true"})
    void aNeedNoLongerOpen_leavesTheList_andTheCachedListReadsTheDeadlinesAfresh(boolean incremental) {
        try (DueFixture f = new DueFixture()) {
            f.today(TODAY);
            if (incremental) {
                f.service.incremental();
            }
            assertThat(f.service.open(TODAY)).noneMatch(i -> i.kind() == DueKind.NEED_DEADLINE);
            f.needDeadlines.add(new NeedDeadline(12, "陕西秦川新材料有限公司", "高比容量硅碳负极", TODAY));
            assertThat(f.service.open(TODAY)).anyMatch(i -> i.kind() == DueKind.NEED_DEADLINE);
            f.needDeadlines.clear();
            assertThat(f.service.open(TODAY)).noneMatch(i -> i.kind() == DueKind.NEED_DEADLINE);
        }
    }
}
