package org.transferdesk.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The records the report is computed from. The loader may pass a superset of what a year needs; the
 * aggregation picks by date itself. Receipts before {@code receiptsFrom} are not passed one by one: each
 * contract carries their sum in {@link ReportContract#receivedBefore()} (for the cumulative column).
 * {@code nonProfitUnit} is the unit's R-TAX58 condition.
 */
public record ReportData(LocalDate receiptsFrom, List<ReportContract> contracts, List<ReportReceipt> receipts,
                         List<ReportRewardLine> rewardLines, List<ReportResult> results, List<ReportIp> ips,
                         List<ReportPilot> pilots, List<ReportEpisode> episodes, boolean nonProfitUnit) {
    public ReportData {
        contracts = List.copyOf(contracts);
        receipts = List.copyOf(receipts);
        rewardLines = List.copyOf(rewardLines);
        results = List.copyOf(results);
        ips = List.copyOf(ips);
        pilots = List.copyOf(pilots);
        episodes = List.copyOf(episodes);
    }
}
