package org.transferdesk.calendar;

import java.util.SortedSet;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;

/**
 * The warning shown next to a date computed in working days when the work calendar has no arrangements for
 * a year it touches (R-PUB-REWARD): such days are counted Monday to Friday only, never silently.
 */
public final class CalendarGaps {
    private CalendarGaps() {
    }

    /** "" when {@code years} is empty; otherwise the warning naming the years and how to fix it. */
    public static String message(SortedSet<Integer> years) {
        if (years == null || years.isEmpty()) {
            return "";
        }
        return I18n.t("workCalendar.gap", years.stream().map(String::valueOf)
                .collect(Collectors.joining(I18n.t("workCalendar.gap.separator"))));
    }
}
