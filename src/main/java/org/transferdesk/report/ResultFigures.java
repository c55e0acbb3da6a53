package org.transferdesk.report;

import java.util.Map;

/**
 * Part (2): results disclosed in the year, by type, funding source and department (keys are enum names or the
 * department's name; {@link AnnualReport#UNSPECIFIED} where the record has none); IP filed and granted by type.
 */
public record ResultFigures(int disclosed, Map<String, Integer> byType, Map<String, Integer> byFunding,
                            Map<String, Integer> byDepartment, Map<String, Integer> ipFiled,
                            Map<String, Integer> ipGranted) {
    public ResultFigures {
        byType = Map.copyOf(byType);
        byFunding = Map.copyOf(byFunding);
        byDepartment = Map.copyOf(byDepartment);
        ipFiled = Map.copyOf(ipFiled);
        ipGranted = Map.copyOf(ipGranted);
    }
}
