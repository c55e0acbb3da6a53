package org.transferdesk.reward;

import org.transferdesk.common.Labeled;

/** Who a line rewards: a member of the result's team, or technology-transfer staff (浙江: ≥5% of the pool). */
public enum LineRole implements Labeled {
    INVENTOR, TRANSFER_STAFF;

    @Override
    public String labelPrefix() {
        return "lineRole";
    }
}
