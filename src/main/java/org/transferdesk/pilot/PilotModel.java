package org.transferdesk.pilot;

import org.transferdesk.common.Labeled;

/** R-PILOT-MODEL: co-ownership (所有权) or a long-term right to use (长期使用权). */
public enum PilotModel implements Labeled {
    OWNERSHIP, LONG_TERM_USE;

    @Override
    public String labelPrefix() {
        return "pilotModel";
    }
}
