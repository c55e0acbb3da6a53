package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A patent whose coming fees exceed what its result has earned: the fees, the earnings, the next due date and
 * the fee years counted (so the review can say which reduction each got, R-PAT-OPEN).
 */
public record ReviewRow(PatentFeeInput patent, BigDecimal nextFees, BigDecimal earned, LocalDate nextDue,
                        List<FeeYear> fees) {
    public ReviewRow {
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    public BigDecimal gap() {
        return nextFees.subtract(earned);
    }

    /** The reductions of the counted fees in due order, each once: 「费减85%、开放许可减15%」. */
    public String reductionLabel() {
        return fees.stream().map(FeeYear::reductionLabel).distinct().collect(Collectors.joining("、"));
    }
}
