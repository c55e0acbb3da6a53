package org.transferdesk.deal;

import org.transferdesk.common.Labeled;

/** 费用类别; which ones are deductible from net income is a policy setting (R-NET). */
public enum CostCategory implements Labeled {
    TAX, MAINTENANCE, VALUATION, APPRAISAL, NEGOTIATION, INTERMEDIARY, OTHER;

    @Override
    public String labelPrefix() {
        return "costCategory";
    }
}
