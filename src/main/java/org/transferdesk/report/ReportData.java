package org.transferdesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.transferdesk.deal.DealParty;
import org.transferdesk.deal.Province;
import org.transferdesk.institution.JointInstitution;

/**
 * The records the report is computed from. The loader may pass a superset of what a year needs; the
 * aggregation picks by date itself. Receipts before {@code receiptsFrom} are not passed one by one: each
 * contract carries their sum in {@link ReportContract#receivedBefore()} (for the cumulative column).
 * {@code nonProfitUnit} is the unit's R-TAX58 condition. {@code episodes} hold side jobs, leaves and office staff
 * (TTO_STAFF); {@code parties} the contracts' counterparties with their province and section;
 * {@code unitProvinces} the unit's province on each year's last day (a year missing: not set);
 * {@code institutions} the register of jointly built institutions; {@code distributions} the live distributions
 * with their net income and university part (R-UNIT-SPLIT).
 */
public record ReportData(LocalDate receiptsFrom, List<ReportContract> contracts, List<ReportReceipt> receipts,
                         List<ReportRewardLine> rewardLines, List<ReportResult> results, List<ReportIp> ips,
                         List<ReportPilot> pilots, List<ReportEpisode> episodes, boolean nonProfitUnit,
                         List<DealParty> parties, Map<Integer, Province> unitProvinces,
                         List<JointInstitution> institutions, List<ReportDistribution> distributions) {
    public ReportData {
        contracts = List.copyOf(contracts);
        receipts = List.copyOf(receipts);
        rewardLines = List.copyOf(rewardLines);
        results = List.copyOf(results);
        ips = List.copyOf(ips);
        pilots = List.copyOf(pilots);
        episodes = List.copyOf(episodes);
        parties = List.copyOf(parties);
        unitProvinces = Map.copyOf(unitProvinces);
        institutions = List.copyOf(institutions);
        distributions = List.copyOf(distributions);
    }

    /** Records without counterparties' places, the unit's province, the register or distributions. */
    public ReportData(LocalDate receiptsFrom, List<ReportContract> contracts, List<ReportReceipt> receipts,
                      List<ReportRewardLine> rewardLines, List<ReportResult> results, List<ReportIp> ips,
                      List<ReportPilot> pilots, List<ReportEpisode> episodes, boolean nonProfitUnit) {
        this(receiptsFrom, contracts, receipts, rewardLines, results, ips, pilots, episodes, nonProfitUnit, List.of(),
                Map.of(), List.of(), List.of());
    }

    /** The same records with the R-REPORT-MORE registers and the unit split added. */
    public ReportData with(List<DealParty> newParties, Map<Integer, Province> newUnitProvinces,
                           List<JointInstitution> newInstitutions, List<ReportDistribution> newDistributions) {
        return new ReportData(receiptsFrom, contracts, receipts, rewardLines, results, ips, pilots, episodes,
                nonProfitUnit, newParties, newUnitProvinces, newInstitutions, newDistributions);
    }
}
