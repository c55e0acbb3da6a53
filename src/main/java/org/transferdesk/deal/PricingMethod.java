package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** R-PRICE: 协议定价 needs price publicity before signing; listing and auction do not. */
public enum PricingMethod implements Labeled {
    NEGOTIATED, LISTED, AUCTION;

    @Override
    public String labelPrefix() {
        return "pricing";
    }
}
