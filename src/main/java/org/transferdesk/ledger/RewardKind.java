package org.transferdesk.ledger;

import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;
import org.transferdesk.reward.DistributionKind;

/** 奖励发放's 类型: cash (of any deal but an equity one) or equity (of an equity deal). */
public enum RewardKind implements Labeled {
    CASH, EQUITY;

    @Override
    public String labelPrefix() {
        return "ledgerRewardKind";
    }

    /**
     * Cash rewards come from transfer and licence receipts (R-45-1), technical development, consulting and
     * service contracts (R-45-TECH) and own or joint implementation (R-45-3); equity rewards only from equity
     * deals (R-45-2).
     */
    public boolean fits(DealMode mode) {
        return this == CASH ? DistributionKind.ofCash(mode).isPresent() : mode == DealMode.EQUITY;
    }

    /** The distribution kind an imported payment of this type on a deal of {@code mode} is stored as. */
    public DistributionKind distributionKind(DealMode mode) {
        return this == EQUITY ? DistributionKind.EQUITY : DistributionKind.ofCash(mode).orElseThrow(
                () -> new IllegalArgumentException("no cash reward on a " + mode + " deal"));
    }

    /** The type of 奖励发放 row a distribution of {@code kind} is, if the sheet has one for it. */
    public static java.util.Optional<RewardKind> of(DistributionKind kind) {
        return switch (kind) {
            case CASH, TECH_CONTRACT, SELF_IMPLEMENTATION -> java.util.Optional.of(CASH);
            case EQUITY -> java.util.Optional.of(EQUITY);
            default -> java.util.Optional.empty();
        };
    }
}
