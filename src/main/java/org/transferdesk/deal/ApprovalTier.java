package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** R-APPROVAL: who approves, from the lowest to the highest level. Which tier an amount needs is a setting. */
public enum ApprovalTier implements Labeled {
    SCIENCE_OFFICE, VICE_PRESIDENT, PRESIDENT_MEETING;

    @Override
    public String labelPrefix() {
        return "approvalTier";
    }
}
