package org.transferdesk.pilot;

import org.transferdesk.common.Labeled;

/** Who pays the result's maintenance (annual) fees under the agreement. */
public enum MaintenancePayer implements Labeled {
    UNIVERSITY, TEAM, BY_SHARE;

    @Override
    public String labelPrefix() {
        return "pilotPayer";
    }
}
