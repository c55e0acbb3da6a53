package org.transferdesk.due;

import java.time.LocalDate;

/**
 * What a reminder knows is at stake beyond its due day: {@code lostAfter}, the last day before something is lost
 * for good (a patent's grace end, a filing's deadline; null when nothing is), and whether the item's amount is
 * money owed to or by the office rather than a routine fee. {@link DueRanking} turns it into a {@link Consequence}.
 */
public record Stakes(LocalDate lostAfter, boolean moneyOwed) {
    /** Nothing lost for good, no money owed: a routine fee or task. */
    public static final Stakes ROUTINE = new Stakes(null, false);
    /** Money owed, nothing lost for good by waiting (an instalment). */
    public static final Stakes OWED = new Stakes(null, true);

    /** Lost for good after {@code day} (a filing's deadline). */
    public static Stakes lostAfter(LocalDate day) {
        return new Stakes(day, false);
    }
}
