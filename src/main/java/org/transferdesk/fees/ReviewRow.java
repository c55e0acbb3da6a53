package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A patent whose coming fees exceed what its result has earned: the fees, the earnings and the next due date. */
public record ReviewRow(PatentFeeInput patent, BigDecimal nextFees, BigDecimal earned, LocalDate nextDue) {
    public BigDecimal gap() {
        return nextFees.subtract(earned);
    }
}
