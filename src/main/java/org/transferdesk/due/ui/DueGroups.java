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
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;

/** Puts items (earliest first) under headings: overdue, then each week from Monday; or each kind. */
public final class DueGroups {
    private DueGroups() {
    }

    public static List<DueGroup> of(List<DueItem> items, Grouping grouping, LocalDate today) {
        return grouping == Grouping.KIND ? byKind(items) : byWeek(items, today);
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
