package org.transferdesk.common.link;

import org.transferdesk.common.Labeled;

/** The kind of record a {@link RecordRef} points at, so a screen can open it. */
public enum RecordType implements Labeled {
    RESULT, DEAL, DISTRIBUTION, PILOT, PERSON, REPORT, INSTITUTION, COUNTERPARTY, NEED;

    @Override
    public String labelPrefix() {
        return "dueRecord";
    }
}
