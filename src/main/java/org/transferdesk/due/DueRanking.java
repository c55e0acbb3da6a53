package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order of what needs attention (issue 24, item 7), for the home page and the 待办 page: by
 * {@link Consequence} — first what is lost for good, a lapsed patent or a missed 备案表 (soonest loss first), then
 * money owed (largest first), then routine fees and tasks (largest, then earliest) — ties by due day, then by the
 * record's number and the item's key, so the order is total and does not change between reads. An item not yet
 * needing attention comes after those that do, by due day.
 */
public final class DueRanking {
    private static final Comparator<BigDecimal> LARGEST_FIRST =
            Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder().reversed());
    private static final Comparator<LocalDate> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<DueItem> TIES = Comparator.comparing(DueItem::dueOn)
            .thenComparing(i -> i.record().label(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DueItem::key);

    private final LocalDate today;
    private final int soonDays;

    /** {@code soonDays}: the smallest reminder level, what {@link DueAttention} calls "due soon". */
    public DueRanking(LocalDate today, int soonDays) {
        this.today = today;
        this.soonDays = soonDays;
    }

    public LocalDate today() {
        return today;
    }

    public int soonDays() {
        return soonDays;
    }

    /** Overdue, or due within the smallest reminder level: what {@link DueAttention} counts. */
    public boolean needsAttention(DueItem i) {
        return !i.dueOn().isAfter(today.plusDays(soonDays));
    }

    /**
     * Lost for good once its last day has passed or is as near as "due soon" (a patent fee still in its grace
     * period but months from lapsing is money owed, R-PAT-FEE); money owed when the reminder says so; else routine.
     */
    public Consequence consequence(DueItem i) {
        LocalDate lostAfter = i.stakes().lostAfter();
        if (lostAfter != null && !lostAfter.isAfter(today.plusDays(soonDays))) {
            return Consequence.LOST;
        }
        return i.stakes().moneyOwed() && i.amount() != null ? Consequence.MONEY : Consequence.ROUTINE;
    }

    /** The ranking as a comparator. */
    public Comparator<DueItem> order() {
        return this::compare;
    }

    private int compare(DueItem a, DueItem b) {
        boolean attentionA = needsAttention(a);
        if (attentionA != needsAttention(b)) {
            return attentionA ? -1 : 1;
        }
        if (!attentionA && !a.dueOn().equals(b.dueOn())) {
            return a.dueOn().compareTo(b.dueOn());
        }
        Consequence ca = consequence(a);
        int c = ca.compareTo(consequence(b));
        if (c == 0 && ca == Consequence.LOST) {
            c = EARLIEST_FIRST.compare(a.stakes().lostAfter(), b.stakes().lostAfter());
        }
        if (c == 0) {
            c = LARGEST_FIRST.compare(a.amount(), b.amount());
        }
        return c != 0 ? c : TIES.compare(a, b);
    }

    /** {@code items} in the ranking's order (a new list). */
    public List<DueItem> sorted(List<DueItem> items) {
        List<DueItem> copy = new ArrayList<>(items);
        copy.sort(order());
        return copy;
    }

    /** "专利年费 12 · 应收款 9": the counts of {@link #countByKind}, in its order; empty when there are none. */
    public static String describe(Map<DueKind, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(org.transferdesk.common.I18n.t("dueRank.kindCount", kind.label(), n)));
        return String.join(" · ", parts);
    }

    /** How many of {@code items} there are of each kind, the kinds in the order their first item is ranked. */
    public Map<DueKind, Integer> countByKind(List<DueItem> items) {
        Map<DueKind, Integer> counts = new LinkedHashMap<>();
        for (DueItem i : sorted(items)) {
            counts.merge(i.kind(), 1, Integer::sum);
        }
        return counts;
    }
}
