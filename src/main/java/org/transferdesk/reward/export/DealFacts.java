package org.transferdesk.reward.export;

import java.util.List;

/**
 * What the reward documents say about the deal behind a distribution: its results' names and types,
 * the conversion mode as text, and the technical-contract registration number (R-REG). Looked up by
 * {@link RewardDocuments}; patent bonuses have no deal and use the distribution's title.
 */
public record DealFacts(String contractNo, List<String> resultNames, List<String> resultTypes, String mode,
                        String registrationNo) {
    public DealFacts {
        resultNames = List.copyOf(resultNames);
        resultTypes = List.copyOf(resultTypes);
        contractNo = contractNo == null ? "" : contractNo;
        mode = mode == null ? "" : mode;
        registrationNo = registrationNo == null ? "" : registrationNo;
    }

    public String resultNamesText() {
        return String.join("；", resultNames);
    }

    public String resultTypesText() {
        return String.join("；", resultTypes.stream().distinct().toList());
    }
}
