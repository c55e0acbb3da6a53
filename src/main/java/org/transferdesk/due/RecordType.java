package org.transferdesk.due;

import org.transferdesk.common.Labeled;

/** The kind of record a reminder belongs to, so the Due screen can open it. */
public enum RecordType implements Labeled {
    RESULT, DEAL, DISTRIBUTION, PILOT, PERSON, REPORT, INSTITUTION;

    @Override
    public String labelPrefix() {
        return "dueRecord";
    }
}
