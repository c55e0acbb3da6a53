package org.transferdesk.due.ui;

import org.transferdesk.common.Labeled;

/** How far ahead the Due screen looks; overdue items are always shown. */
public enum Horizon implements Labeled {
    DAYS_7(7), DAYS_30(30), DAYS_60(60), DAYS_90(90), DAYS_180(180), DAYS_365(365), ALL(Integer.MAX_VALUE);

    private final int days;

    Horizon(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    @Override
    public String labelPrefix() {
        return "dueHorizon";
    }
}
