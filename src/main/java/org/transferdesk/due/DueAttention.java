package org.transferdesk.due;

import java.time.LocalDate;
import java.util.List;

/**
 * What "needs attention" means, once for the 待办 badge, the home page and the 待办 page: the open items overdue,
 * and those due within the smallest reminder level ({@code soonDays}, 7 days unless the office set otherwise).
 */
public record DueAttention(int overdue, int dueSoon, int soonDays) {
    public static DueAttention of(List<DueItem> open, LocalDate today, int soonDays) {
        DueRanking ranking = new DueRanking(today, soonDays);
        int late = 0;
        int soon = 0;
        for (DueItem i : open) {
            if (i.overdue(today)) {
                late++;
            } else if (ranking.needsAttention(i)) {
                soon++;
            }
        }
        return new DueAttention(late, soon, soonDays);
    }

    public int total() {
        return overdue + dueSoon;
    }
}
