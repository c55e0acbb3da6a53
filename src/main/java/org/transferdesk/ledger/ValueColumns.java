package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns;

import java.util.Map;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.IdType;
import org.transferdesk.people.LeaderRole;

/** The columns whose cells name one of a list of values, and which list: what a mapping profile may map values of. */
final class ValueColumns {
    private static final Map<String, Class<? extends Enum<?>>> TYPES = Map.ofEntries(
            Map.entry(key(LedgerSheet.PEOPLE, Columns.LEADER_ROLE), LeaderRole.class),
            Map.entry(key(LedgerSheet.PEOPLE, Columns.ID_TYPE), IdType.class),
            Map.entry(key(LedgerSheet.RESULTS, Columns.RESULT_TYPE), ResultType.class),
            Map.entry(key(LedgerSheet.RESULTS, Columns.FUNDING), FundingSource.class),
            Map.entry(key(LedgerSheet.IP, Columns.IP_TYPE), IpType.class),
            Map.entry(key(LedgerSheet.IP, Columns.STATUS), IpStatus.class),
            Map.entry(key(LedgerSheet.CONTRACTS, Columns.MODE), DealMode.class),
            Map.entry(key(LedgerSheet.CONTRACTS, Columns.LICENSE_KIND), LicenseKind.class),
            Map.entry(key(LedgerSheet.CONTRACTS, Columns.PRICING), PricingMethod.class),
            Map.entry(key(LedgerSheet.CONTRACTS, Columns.COUNTERPARTY_INDUSTRY), IndustrySection.class),
            Map.entry(key(LedgerSheet.CONTRACTS, Columns.COUNTERPARTY_REGION), Province.class),
            Map.entry(key(LedgerSheet.COSTS, Columns.CATEGORY), CostCategory.class),
            Map.entry(key(LedgerSheet.REWARDS_PAID, Columns.REWARD_KIND), RewardKind.class));

    private ValueColumns() {
    }

    private static String key(LedgerSheet sheet, LedgerColumn column) {
        return ImportMapping.columnKey(sheet, column);
    }

    static Class<? extends Enum<?>> typeOf(LedgerSheet sheet, LedgerColumn column) {
        return TYPES.get(key(sheet, column));
    }
}
