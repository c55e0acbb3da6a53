package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.link.RecordType;

/** Issue 25, R-OUTREACH: a contact log's open next step is in 待办 when overdue or within the reminder window. */
@Tag(TestDatabase.TAG)
class FollowUpRemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "due {0} days from today → needs attention {1}")
    @CsvSource({
        "-30, true",   // long overdue
        "-1,  true",   // yesterday
        "0,   true",   // today
        "7,   true",   // the window's last day (the smallest reminder level, 7 days)
        "8,   false",  // the day after the window
    })
    void aNextStep_isInTheAttention_whenOverdueOrWithinTheWindow(int days, boolean attention) {
        try (DueFixture f = new DueFixture()) {
            f.today(TODAY);
            // the annual report's own reminder is there whatever the records
            int before = f.service.attention(TODAY).total();
            f.followUps.add(new FollowUp(5, 9, "某某科技有限公司", "发送许可条款草案", TODAY.plusDays(days)));
            int soon = f.service.soonDays(TODAY);
            assertThat(soon).isEqualTo(7);
            DueItem item = f.service.open(TODAY).stream().filter(i -> i.kind() == DueKind.FOLLOW_UP).findFirst()
                    .orElseThrow();
            assertThat(item.record().type()).isEqualTo(RecordType.COUNTERPARTY);
            assertThat(item.record().id()).isEqualTo(9);
            assertThat(item.action()).contains("发送许可条款草案");
            assertThat(f.service.within(TODAY, soon).contains(item)).isEqualTo(attention);
            assertThat(f.service.attention(TODAY).total()).isEqualTo(before + (attention ? 1 : 0));
            assertThat(new DueRanking(TODAY, soon).consequence(item)).isEqualTo(Consequence.ROUTINE);
        }
    }

    @ParameterizedTest(name = "incremental {0}")
    @CsvSource({"false", "true"})
    void aStepDone_leavesTheList_andTheCachedListReadsTheStepsAfresh(boolean incremental) {
        try (DueFixture f = new DueFixture()) {
            f.today(TODAY);
            if (incremental) {
                f.service.incremental();
            }
            assertThat(f.service.open(TODAY)).noneMatch(i -> i.kind() == DueKind.FOLLOW_UP);
            f.followUps.add(new FollowUp(5, 9, "某某科技有限公司", "回访", TODAY.minusDays(1)));
            assertThat(f.service.open(TODAY)).anyMatch(i -> i.kind() == DueKind.FOLLOW_UP);
            f.followUps.clear();
            assertThat(f.service.open(TODAY)).noneMatch(i -> i.kind() == DueKind.FOLLOW_UP);
        }
    }
}
