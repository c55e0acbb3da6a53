package org.transferdesk.common;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a record may carry, checked where they come in (ledger import, CLI options, editors). Issue 19: years
 * 0000–1582 were accepted and H2 stored them shifted by the Julian/Gregorian switch (0000-01-01 came back as
 * −0001-12-30), and every later {@code distribute} failed; 9999-12-31 as an "open end" broke the date arithmetic.
 * No record of a technology-transfer office predates the People's Republic, and none reaches past 2100, so
 * anything outside is a typing error, not a fact to store.
 */
public final class PlausibleDates {
    public static final LocalDate FIRST = LocalDate.of(1949, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** The problem of {@code date} in {@code field}, named by the key of its label; empty when plausible or null. */
    public static Optional<Problem> check(String field, String label, LocalDate date) {
        return date == null || contains(date) ? Optional.empty()
                : Optional.of(Problem.error("date.outOfRange", field, label, date, FIRST, LAST));
    }
}
