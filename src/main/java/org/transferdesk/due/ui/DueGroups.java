package org.transferdesk.due.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transferdesk.common.I18n;
import org.transferdesk.due.Consequence;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.due.DueRanking;

/**
 * Puts items under headings: what needs attention by {@link Consequence} then the rest, in the ranking's order; or
 * (earliest first) overdue, then each week from Monday; or each kind.
 */
public final class DueGroups {
    private DueGroups() {
    }

    /** {@code ranking}: today and what "due soon" means. */
    public static List<DueGroup> of(List<DueItem> items, Grouping grouping, DueRanking ranking) {
        return switch (grouping) {
            case CONSEQUENCE -> byConsequence(items, ranking);
            case WEEK -> byWeek(items, ranking.today());
            case KIND -> byKind(items);
        };
    }

    /**
     * The items needing attention under their {@link Consequence} (lost for good, money owed, routine), each in the
     * ranking's order, then those due later, by date.
     */
    private static List<DueGroup> byConsequence(List<DueItem> items, DueRanking ranking) {
        Map<Consequence, List<DueItem>> tiers = new EnumMap<>(Consequence.class);
        List<DueItem> later = new ArrayList<>();
        for (DueItem i : ranking.sorted(items)) {
            if (ranking.needsAttention(i)) {
                tiers.computeIfAbsent(ranking.consequence(i), k -> new ArrayList<>()).add(i);
            } else {
                later.add(i);
            }
        }
        List<DueGroup> groups = new ArrayList<>();
        tiers.forEach((tier, list) -> groups.add(new DueGroup(I18n.t("due.group.kind", tier.label(), list.size()),
                list, list.stream().anyMatch(i -> i.overdue(ranking.today())))));
        if (!later.isEmpty()) {
            groups.add(new DueGroup(I18n.t("dueRank.later", ranking.soonDays(), later.size()), later, false));
        }
        return groups;
    }

    private static List<DueGroup> byWeek(List<DueItem> items, LocalDate today) {
        List<DueItem> overdue = new ArrayList<>();
        Map<LocalDate, List<DueItem>> weeks = new TreeMap<>();
        for (DueItem i : items) {
            if (i.overdue(today)) {
                overdue.add(i);
            } else {
                weeks.computeIfAbsent(monday(i.dueOn()), k -> new ArrayList<>()).add(i);
            }
        }
        List<DueGroup> groups = new ArrayList<>();
        if (!overdue.isEmpty()) {
            groups.add(new DueGroup(I18n.t("due.group.overdue", overdue.size()), overdue, true));
        }
        LocalDate thisWeek = monday(today);
        weeks.forEach((start, list) -> {
            String range = I18n.t("due.group.range", start, start.plusDays(6), list.size());
            String title = start.equals(thisWeek) ? I18n.t("due.group.thisWeek", range)
                    : start.equals(thisWeek.plusWeeks(1)) ? I18n.t("due.group.nextWeek", range) : range;
            groups.add(new DueGroup(title, list, false));
        });
        return groups;
    }

    private static List<DueGroup> byKind(List<DueItem> items) {
        Map<DueKind, List<DueItem>> kinds = new EnumMap<>(DueKind.class);
        for (DueItem i : items) {
            kinds.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
        }
        List<DueGroup> groups = new ArrayList<>();
        kinds.forEach((kind, list) -> groups.add(new DueGroup(I18n.t("due.group.kind", kind.label(), list.size()), list,
                false)));
        return groups;
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** "逾期 3 天", "今天到期", "还剩 12 天". */
    public static String status(DueItem item, LocalDate today) {
        return item.statusText(today);
    }
}
