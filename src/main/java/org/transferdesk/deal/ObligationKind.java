package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** What a counterparty owes besides money: a licensee's report (实施报告), a milestone, or something else. */
public enum ObligationKind implements Labeled {
    REPORT, MILESTONE, OTHER;

    @Override
    public String labelPrefix() {
        return "obligationKind";
    }
}
