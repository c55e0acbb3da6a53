package org.transferdesk.reward;

import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealMode;

/**
 * What a distribution distributes: receipts of a transfer or licence (R-45-1), an equity stake (R-45-2),
 * a year's operating profit of own or joint implementation (R-45-3), a patent grant bonus (R-BONUS), the
 * income of a co-owned result split by ownership (R-PILOT-INCOME: no reward, no 58号), or receipts of a
 * technical development, consulting or service contract (R-45-TECH: the university's own rate, never 58号).
 */
public enum DistributionKind implements Labeled {
    CASH, EQUITY, SELF_IMPLEMENTATION, PATENT_BONUS, OWNERSHIP_INCOME, TECH_CONTRACT;

    @Override
    public String labelPrefix() {
        return "distributionKind";
    }

    /** Whether lines are money paid out (and so publicised, paid and taxed) rather than company shares. */
    public boolean paysCash() {
        return this != EQUITY;
    }

    /** Whether the distribution shares out receipts of the deal (net income after R-NET), not a value or a profit. */
    public boolean distributesReceipts() {
        return this == CASH || this == OWNERSHIP_INCOME || this == TECH_CONTRACT;
    }

    /**
     * The kind a cash reward on a deal of this mode is (the ledger import and the proposal screen): transfer and
     * licence R-45-1, development/consulting/service R-45-TECH, own or joint implementation R-45-3; none for
     * equity, whose rewards are shares.
     */
    public static java.util.Optional<DistributionKind> ofCash(DealMode mode) {
        return java.util.Optional.ofNullable(switch (mode) {
            case TRANSFER, LICENSE -> CASH;
            case DEVELOPMENT, CONSULTING, SERVICE -> TECH_CONTRACT;
            case SELF, COOPERATION -> SELF_IMPLEMENTATION;
            case EQUITY -> null;
        });
    }
}
