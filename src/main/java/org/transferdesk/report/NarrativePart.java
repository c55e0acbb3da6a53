package org.transferdesk.report;

import org.transferdesk.common.Labeled;

/** The written parts of the report (R-REPORT-PARTS (1) and (6)). */
public enum NarrativePart implements Labeled {
    WORK_DONE, EXPERIENCE, PROBLEMS, POLICY, CASES;

    /** The longest text a part holds (the column's size). */
    public static final int MAX_LENGTH = 8000;

    @Override
    public String labelPrefix() {
        return "reportPart";
    }
}
