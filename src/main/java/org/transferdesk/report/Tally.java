package org.transferdesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 项数, 合同金额 and 当年到账 of a group of contracts, in yuan (exact sums). */
public record Tally(int contracts, BigDecimal contractAmount, BigDecimal received) {
    public static final Tally ZERO = new Tally(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public Tally plus(Tally other) {
        return new Tally(contracts + other.contracts, contractAmount.add(other.contractAmount),
                received.add(other.received));
    }

    /**
     * R-REPORT-MORE 均价: the contract amount per contract from the exact yuan sum, HALF_UP to the fen (never
     * from the rounded 万元 figure); null without contracts.
     */
    public BigDecimal average() {
        return contracts == 0 ? null
                : contractAmount.divide(BigDecimal.valueOf(contracts), 2, RoundingMode.HALF_UP);
    }

    Tally withContract(BigDecimal amount) {
        return new Tally(contracts + 1, contractAmount.add(amount), received);
    }

    Tally withReceived(BigDecimal amount) {
        return new Tally(contracts, contractAmount, received.add(amount));
    }
}
