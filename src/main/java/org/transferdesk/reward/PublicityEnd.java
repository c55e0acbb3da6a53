package org.transferdesk.reward;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The earliest last day of a reward publicity (R-PUB-REWARD) and the years it counted without recorded
 * holiday arrangements (weekends only there): callers show {@code CalendarGaps.message} beside the date.
 */
public record PublicityEnd(LocalDate end, SortedSet<Integer> unarrangedYears) {
    public PublicityEnd {
        unarrangedYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(unarrangedYears));
    }
}
