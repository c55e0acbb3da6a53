package org.transferdesk.report;

import java.util.Map;

/**
 * R-REPORT-MORE: the year's transfer, licence and equity contracts (项数, 合同金额) by the counterparty's GB/T 4754
 * section and by its province ({@link AnnualReport#UNSPECIFIED} where the counterparty has none), and 本地转化
 * (the counterparty in the unit's own province); {@code local} is null when the unit's province is not set for
 * the year — then nobody can tell.
 */
public record CounterpartyFigures(Map<String, Tally> byIndustry, Map<String, Tally> byRegion, Tally local) {
    public static final CounterpartyFigures NONE = new CounterpartyFigures(Map.of(), Map.of(), null);

    public CounterpartyFigures {
        byIndustry = Map.copyOf(byIndustry);
        byRegion = Map.copyOf(byRegion);
    }
}
