package org.transferdesk.disclosure;

import org.transferdesk.common.Labeled;

/** 成果类型 (DOMAIN §1). */
public enum ResultType implements Labeled {
    INVENTION_PATENT, UTILITY_MODEL, DESIGN, SOFTWARE, IC_LAYOUT, PLANT_VARIETY, BIOMEDICAL_VARIETY,
    TRADE_SECRET, OTHER;

    @Override
    public String labelPrefix() {
        return "resultType";
    }
}
