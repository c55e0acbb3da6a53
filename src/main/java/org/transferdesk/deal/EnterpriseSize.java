package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** Enterprise size of a counterparty (大型/中型/小型/微型). */
public enum EnterpriseSize implements Labeled {
    LARGE, MEDIUM, SMALL, MICRO;

    @Override
    public String labelPrefix() {
        return "enterpriseSize";
    }
}
