package org.transferdesk.people;

import org.transferdesk.common.Labeled;

/** 领导人员: heads of the university or a subsidiary legal person may receive no equity reward (R-LEAD). */
public enum LeaderRole implements Labeled {
    HEAD, OTHER, NONE;

    @Override
    public String labelPrefix() {
        return "leaderRole";
    }
}
