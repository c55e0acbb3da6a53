package org.transferdesk.people;

import org.transferdesk.common.Labeled;

/**
 * 兼职 or 离岗创业 (R-REPORT-PARTS (4)), or a time as full-time staff of the technology-transfer office
 * (技术转移机构专职人员, R-REPORT-MORE: counted from people records, not typed).
 */
public enum EpisodeKind implements Labeled {
    SIDE_JOB, LEAVE_TO_FOUND, TTO_STAFF;

    /**
     * Whether the episode is spent at a company, named and ending on an approved day (a side job, a leave): such
     * an episode needs a company and an end, and its end is reminded. Office staff need neither.
     */
    public boolean atACompany() {
        return this != TTO_STAFF;
    }

    @Override
    public String labelPrefix() {
        return "episodeKind";
    }
}
