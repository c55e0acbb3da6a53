package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** R-DILIGENCE: where one item of a deal's diligence file stands. */
public enum DiligenceStatus implements Labeled {
    /** At least one file is attached. */
    DONE,
    /** Marked not applicable, with a note saying why. */
    NOT_APPLICABLE,
    /** Required for this deal and neither attached nor marked not applicable. */
    MISSING,
    /** Not required for this deal and nothing attached. */
    OPTIONAL;

    @Override
    public String labelPrefix() {
        return "diligenceFile.status";
    }
}
