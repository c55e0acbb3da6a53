package org.transferdesk.outreach;

import org.transferdesk.common.Labeled;

/** Where a lead from an event stands: 新线索, 跟进中, 已成交, 放弃. */
public enum LeadStatus implements Labeled {
    NEW, FOLLOWING, WON, DROPPED;

    /** Still to be worked on: counted as an open lead on the home screen. */
    public boolean open() {
        return this == NEW || this == FOLLOWING;
    }

    @Override
    public String labelPrefix() {
        return "outreachLeadStatus";
    }
}
