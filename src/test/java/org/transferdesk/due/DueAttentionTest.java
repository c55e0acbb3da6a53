package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;

/** Issue 24, item 7: one definition of "needs attention" — overdue, or due within the smallest reminder level. */
class DueAttentionTest {
    private static final LocalDate TODAY = LocalDate.of(2028, 2, 22);

    @ParameterizedTest(name = "due {0} with {1} days: overdue {2}, soon {3}")
    @CsvSource({
            "2028-02-21, 7, 1, 0",
            "2028-02-22, 7, 0, 1",
            "2028-02-29, 7, 0, 1",
            "2028-03-01, 7, 0, 0",
            "2028-03-01, 8, 0, 1",
            "2027-02-28, 7, 1, 0",
    })
    void overdueOrWithinTheSmallestLevel(LocalDate dueOn, int soonDays, int overdue, int soon) {
        DueAttention a = DueAttention.of(List.of(item(dueOn)), TODAY, soonDays);
        assertThat(a.overdue()).isEqualTo(overdue);
        assertThat(a.dueSoon()).isEqualTo(soon);
        assertThat(a.total()).isEqualTo(overdue + soon);
        assertThat(a.soonDays()).isEqualTo(soonDays);
    }

    private static DueItem item(LocalDate dueOn) {
        return new DueItem("K:" + dueOn, DueKind.INSTALMENT, "CONTRACT", dueOn, new RecordRef(RecordType.DEAL, 1, "HT-1"),
                "应收款", null, null);
    }
}
