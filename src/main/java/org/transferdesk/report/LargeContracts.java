package org.transferdesk.report;

import java.math.BigDecimal;
import java.util.List;
import org.transferdesk.common.Percent;

/**
 * R-REPORT-LARGE: transfer/licence/equity contracts counted in the year at or above each threshold, their contract
 * amounts and their list. R-REPORT-MORE: the share of those at or above the first threshold (≥100万) among the
 * year's transfer/licence/equity contracts, by number and by value, from the exact yuan sums; null when there
 * is nothing to share.
 */
public record LargeContracts(int atLeast1Million, int atLeast10Million, int atLeast100Million,
                             BigDecimal atLeast1MillionAmount, BigDecimal atLeast10MillionAmount,
                             BigDecimal atLeast100MillionAmount, Percent contractShare, Percent valueShare,
                             List<ProjectRow> list) {
    public LargeContracts {
        list = List.copyOf(list);
    }
}
