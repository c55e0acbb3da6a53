package org.transferdesk.common;

import org.transferdesk.common.Labeled;

/** The outcome of re-hashing a stored attachment. */
public enum AttachmentCheck implements Labeled {
    INTACT, CHANGED, FILE_MISSING;

    @Override
    public String labelPrefix() {
        return "diligenceFile.check";
    }
}
