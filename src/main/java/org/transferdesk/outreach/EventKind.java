package org.transferdesk.outreach;

import org.transferdesk.common.Labeled;

/** What kind of event results were shown at: 路演, 对接会, 交易会 or another. */
public enum EventKind implements Labeled {
    ROADSHOW, MATCHMAKING, FAIR, OTHER;

    @Override
    public String labelPrefix() {
        return "outreachKind";
    }
}
