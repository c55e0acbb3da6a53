package org.transferdesk.due.ui;

import org.transferdesk.common.Labeled;

/**
 * The Due screen groups its items by consequence (what needs attention, worst first: {@link
 * org.transferdesk.due.DueRanking}; then the rest by date), by week (overdue first) or by kind.
 */
public enum Grouping implements Labeled {
    CONSEQUENCE, WEEK, KIND;

    @Override
    public String labelPrefix() {
        return "dueGrouping";
    }
}
