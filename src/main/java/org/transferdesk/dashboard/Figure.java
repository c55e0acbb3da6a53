package org.transferdesk.dashboard;

import org.transferdesk.common.Labeled;

/** The key figures of the home screen, each compared with the year before. */
public enum Figure implements Labeled {
    CONTRACTS(false), CONTRACT_AMOUNT(true), RECEIVED(true), REWARDS(true), RESULTS(false), PILOTS_GRANTED(false);

    private final boolean money;

    Figure(boolean money) {
        this.money = money;
    }

    /** Yuan (shown in 万元) rather than a count. */
    public boolean money() {
        return money;
    }

    @Override
    public String labelPrefix() {
        return "dashboardFigure";
    }
}
