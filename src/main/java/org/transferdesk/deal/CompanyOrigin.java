package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** Whether the university created (创设) the company or joined (参股) an existing one. */
public enum CompanyOrigin implements Labeled {
    CREATED, JOINED;

    @Override
    public String labelPrefix() {
        return "companyOrigin";
    }
}
