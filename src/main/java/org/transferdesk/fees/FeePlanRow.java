package org.transferdesk.fees;

import java.math.BigDecimal;

/** One fee of the year's plan and who carries it: the university and the co-owners together pay {@code fee.payable()}. */
public record FeePlanRow(PatentFeeInput patent, FeeYear fee, boolean paid, BigDecimal universityPart,
                         BigDecimal coOwnersPart) {
}
