package org.transferdesk.due.ui;

import org.transferdesk.common.Labeled;

/** The Due screen groups its items by week (overdue first) or by kind. */
public enum Grouping implements Labeled {
    WEEK, KIND;

    @Override
    public String labelPrefix() {
        return "dueGrouping";
    }
}
