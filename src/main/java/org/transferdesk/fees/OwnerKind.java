package org.transferdesk.fees;

import org.transferdesk.common.Labeled;

/** Whether a patent has one owner (the university) or several on a date: decides the fee reduction (R-PAT-FEE). */
public enum OwnerKind implements Labeled {
    SOLE, JOINT;

    @Override
    public String labelPrefix() {
        return "ownerKind";
    }
}
