package org.transferdesk.reward;

import org.transferdesk.common.Labeled;

/**
 * What a distribution distributes: receipts of a transfer or licence (R-45-1), an equity stake (R-45-2),
 * a year's operating profit of own or joint implementation (R-45-3), a patent grant bonus (R-BONUS), or
 * the income of a co-owned result split by ownership (R-PILOT-INCOME: no reward, no 58号).
 */
public enum DistributionKind implements Labeled {
    CASH, EQUITY, SELF_IMPLEMENTATION, PATENT_BONUS, OWNERSHIP_INCOME;

    @Override
    public String labelPrefix() {
        return "distributionKind";
    }

    /** Whether lines are money paid out (and so publicised, paid and taxed) rather than company shares. */
    public boolean paysCash() {
        return this != EQUITY;
    }
}
