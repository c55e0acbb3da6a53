package org.transferdesk.pilot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * R-PILOT-DEADLINE: once the agreement is signed, the conversion deadline raises reminders at the
 * configured levels (90/30/7 days) and, once passed without a deal, flags the case for recovery.
 * {@code level} is the smallest level the days left fall within (none when further away).
 */
public record PilotDeadline(LocalDate convertBy, long daysLeft, Integer level, boolean recovery) {

    /**
     * The case's deadline on {@code today}; empty when there is none to watch: no agreement yet, a
     * conversion recorded or a deal signed on the result since the agreement, or the case ended.
     */
    public static Optional<PilotDeadline> of(PilotCase c, LocalDate today, PilotRules rules, boolean dealSince) {
        LocalDate by = c.terms().convertBy();
        if (by == null || !c.reached(PilotStep.AGREEMENT) || c.reached(PilotStep.CONVERTED) || dealSince
                || (c.currentStep() != null && c.currentStep().ends())) {
            return Optional.empty();
        }
        long left = ChronoUnit.DAYS.between(today, by);
        Integer level = null;
        for (int days : rules.reminderDays()) {
            if (left <= days) {
                level = days;
            }
        }
        return Optional.of(new PilotDeadline(by, left, level, today.isAfter(by)));
    }

    /** Within a reminder level or overdue. */
    public boolean isDue() {
        return recovery || level != null;
    }
}
