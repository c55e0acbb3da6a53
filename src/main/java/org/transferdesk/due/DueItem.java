package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.transferdesk.common.link.RecordRef;

/**
 * One dated obligation derived from the records: a stable {@code key} (marking it done hides it for
 * good, e.g. {@code INSTALMENT:12}), its kind, the rule id it comes from, the day it falls due, the
 * record it belongs to, what to do (in the user's language), an amount where money is involved (yuan,
 * may be null), a detail line (e.g. a patent fee's grace end and surcharge) and what is at stake beyond the due
 * day ({@link DueRanking} orders by it).
 */
public record DueItem(String key, DueKind kind, String rule, LocalDate dueOn, RecordRef record, String action,
                      BigDecimal amount, String detail, Stakes stakes) {

    public DueItem {
        stakes = stakes == null ? Stakes.ROUTINE : stakes;
    }

    /** A routine item: nothing lost for good, no money owed. */
    public DueItem(String key, DueKind kind, String rule, LocalDate dueOn, RecordRef record, String action,
                   BigDecimal amount, String detail) {
        this(key, kind, rule, dueOn, record, action, amount, detail, Stakes.ROUTINE);
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** "逾期 3 天", "今天到期", "还剩 12 天" (and the English forms). */
    public String statusText(LocalDate today) {
        long left = daysLeft(today);
        if (left < 0) {
            return org.transferdesk.common.I18n.t("due.status.overdue", -left);
        }
        return left == 0 ? org.transferdesk.common.I18n.t("due.status.today")
                : org.transferdesk.common.I18n.t("due.status.left", left);
    }

    public boolean overdue(LocalDate today) {
        return dueOn.isBefore(today);
    }

    /**
     * The reminder level the item has reached on {@code today}: the smallest of {@code levels} (days)
     * its days left fall within; null when overdue (see {@link #overdue}) or not yet within any level.
     */
    public Integer level(LocalDate today, List<Integer> levels) {
        long left = daysLeft(today);
        if (left < 0) {
            return null;
        }
        Integer reached = null;
        for (int days : levels) {
            if (left <= days && (reached == null || days < reached)) {
                reached = days;
            }
        }
        return reached;
    }
}
