package org.transferdesk.fees;

import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Percent;

/**
 * Which reduction a fee year got (R-PAT-FEE, R-PAT-OPEN): none, the 费减 of a 事业单位, or the open licence's.
 * They never add up: the one that gives the lower fee applies.
 */
public enum FeeReduction implements Labeled {
    NONE, FEE_REDUCTION, OPEN_LICENCE;

    @Override
    public String labelPrefix() {
        return "feeReduction";
    }

    /** 「费减85%」, 「开放许可减15%」, or 「不减缴」: what the plan, the review and the exports show. */
    public String label(Percent rate) {
        return switch (this) {
            case NONE -> I18n.t("feeReduction.NONE");
            case FEE_REDUCTION -> I18n.t("feeReduction.FEE_REDUCTION.rate", rate.toString());
            case OPEN_LICENCE -> I18n.t("feeReduction.OPEN_LICENCE.rate", rate.toString());
        };
    }
}
