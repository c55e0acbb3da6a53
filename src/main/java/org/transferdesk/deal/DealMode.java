package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** 转化方式 (DOMAIN §1). TRANSFER/LICENSE/EQUITY carry results and a pricing method (R-PRICE); SELF and COOPERATION are not in the annual report's six modes. */
public enum DealMode implements Labeled {
    TRANSFER, LICENSE, EQUITY, DEVELOPMENT, CONSULTING, SERVICE, SELF, COOPERATION;

    @Override
    public String labelPrefix() {
        return "dealMode";
    }

    /** Transfer, licence and equity deals convert results: they need a linked result and a pricing method. */
    public boolean convertsResults() {
        return this == TRANSFER || this == LICENSE || this == EQUITY;
    }
}
