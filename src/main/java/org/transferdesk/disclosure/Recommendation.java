package org.transferdesk.disclosure;

import org.transferdesk.common.Labeled;

/** The evaluation's recommendation on what to do with a result. */
public enum Recommendation implements Labeled {
    PROTECT_AND_PROMOTE, PROMOTE, KEEP_SECRET, HOLD, ABANDON;

    @Override
    public String labelPrefix() {
        return "recommendation";
    }
}
