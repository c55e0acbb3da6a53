package org.transferdesk.ip;

import org.transferdesk.common.Labeled;

/** 知识产权类型. Patents carry a CNIPA application number (R-ID-PATENT) and a term (R-PAT-TERM). */
public enum IpType implements Labeled {
    INVENTION_PATENT, UTILITY_MODEL, DESIGN, SOFTWARE_COPYRIGHT, IC_LAYOUT, PLANT_VARIETY, OTHER;

    @Override
    public String labelPrefix() {
        return "ipType";
    }

    public boolean isPatent() {
        return this == INVENTION_PATENT || this == UTILITY_MODEL || this == DESIGN;
    }

    /** Whether an application number's type digit fits: 1/8 invention, 2/9 utility model, 3 design. */
    public boolean acceptsTypeDigit(char digit) {
        return switch (this) {
            case INVENTION_PATENT -> digit == '1' || digit == '8';
            case UTILITY_MODEL -> digit == '2' || digit == '9';
            case DESIGN -> digit == '3';
            default -> true;
        };
    }
}
