package org.transferdesk.ledger;

import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;

/** 奖励发放's 类型: cash (of a transfer or licence) or equity (of an equity deal). */
public enum RewardKind implements Labeled {
    CASH, EQUITY;

    @Override
    public String labelPrefix() {
        return "ledgerRewardKind";
    }

    /** Cash rewards come from transfer and licence receipts, equity rewards from equity deals (R-45-1, R-45-2). */
    public boolean fits(DealMode mode) {
        return this == CASH ? mode == DealMode.TRANSFER || mode == DealMode.LICENSE : mode == DealMode.EQUITY;
    }
}
