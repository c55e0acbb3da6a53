package org.transferdesk.due;

import org.transferdesk.common.Labeled;

/** What kind of dated obligation a reminder is about; the Due screen groups and filters by it. */
public enum DueKind implements Labeled {
    PATENT_FEE, PATENT_TERM, INSTALMENT, DEAL_OBLIGATION, PUBLICITY_END, OPEN_OBJECTION, REWARD_WINDOW,
    TAX_FILING, PILOT_DEADLINE, ANNUAL_REPORT, PERSON_EPISODE, FOLLOW_UP, NEED_DEADLINE;

    @Override
    public String labelPrefix() {
        return "dueKind";
    }
}
