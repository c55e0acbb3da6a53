package org.transferdesk.pilot;

import java.util.List;

/**
 * The pilot's office rules in force on a date (settings with a date of effect): the publicity minimum in
 * calendar days, the start day not counted (R-PILOT-FLOW, default 15); the long-term use minimum term
 * (R-PILOT-MODEL, default 10 years) and whether a shorter first term is allowed when the agreed renewals
 * reach it; the reminder levels before the conversion deadline (R-PILOT-DEADLINE, default 90/30/7).
 */
public record PilotRules(int publicityDays, int minUseYears, boolean shortFirstTerm, List<Integer> reminderDays) {
    public static final PilotRules DEFAULT = new PilotRules(15, 10, false, List.of(90, 30, 7));

    public PilotRules {
        reminderDays = reminderDays.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
