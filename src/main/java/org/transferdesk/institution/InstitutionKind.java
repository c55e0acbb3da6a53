package org.transferdesk.institution;

import org.transferdesk.common.Labeled;

/**
 * What a unit built jointly with companies (R-REPORT-PARTS (4), R-REPORT-MORE): a joint R&amp;D institution, a
 * technology-transfer body, a conversion (service) platform, or something else.
 */
public enum InstitutionKind implements Labeled {
    JOINT_RD, TRANSFER_BODY, PLATFORM, OTHER;

    @Override
    public String labelPrefix() {
        return "institutionKind";
    }
}
