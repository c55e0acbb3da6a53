package org.transferdesk.people;

import org.transferdesk.common.Labeled;

/** 兼职 or 离岗创业 (R-REPORT-PARTS (4)). */
public enum EpisodeKind implements Labeled {
    SIDE_JOB, LEAVE_TO_FOUND;

    @Override
    public String labelPrefix() {
        return "episodeKind";
    }
}
