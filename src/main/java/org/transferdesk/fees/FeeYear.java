package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;

/**
 * One fee year of a granted patent (R-PAT-FEE): fee year {@code year} runs {@code startsOn}–{@code endsOn}
 * (counted from the filing date); its fee is due on {@code dueOn} (the grant date for the grant year, else
 * the last day of the previous fee year); {@code payable} is the full fee less the reduction, {@code reducedBy}
 * says which one (费减 or open licence, R-PAT-OPEN: never both); it may still be
 * paid with a surcharge until {@code graceEnd} (due date + 6 months), after which the patent lapses on
 * {@code lapseOn}.
 */
public record FeeYear(int year, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, boolean atGrant,
                      BigDecimal fullFee, OwnerKind ownerKind, Percent reduction, FeeReduction reducedBy,
                      BigDecimal payable,
                      LocalDate graceEnd, LocalDate lapseOn) {
    static final int GRACE_MONTHS = 6;
    private static final BigDecimal RATE_PER_MONTH = new BigDecimal("0.05");

    /**
     * The late surcharge (专利法实施细则: 每超过规定的缴费时间1个月，加收当年全额年费的5%): none on or before the due
     * date nor within the first month after it; paid in (due + k months, due + k+1 months] → k × 5% of the
     * FULL fee (k = 0..5, at most 25%). Month ends follow R-DATE (each bound is due date plus months, not
     * chained). IllegalArgumentException after the grace end: the patent has lapsed.
     */
    public BigDecimal surcharge(LocalDate paidOn) {
        if (!paidOn.isAfter(dueOn)) {
            return Money.of(BigDecimal.ZERO);
        }
        for (int k = 0; k < GRACE_MONTHS; k++) {
            if (!paidOn.isAfter(dueOn.plusMonths(k + 1))) {
                return Money.of(fullFee.multiply(RATE_PER_MONTH).multiply(BigDecimal.valueOf(k)));
            }
        }
        throw new IllegalArgumentException("lapsed: fee year " + year + " was due " + dueOn + ", grace ended "
                + graceEnd + ", paid " + paidOn);
    }

    /** What paying on {@code paidOn} costs: the payable fee plus the late surcharge. */
    public BigDecimal amountIfPaidOn(LocalDate paidOn) {
        return Money.of(payable.add(surcharge(paidOn)));
    }

    public boolean reduced() {
        return reduction.isPositive();
    }

    /** 「费减85%」, 「开放许可减15%」 or 「不减缴」. */
    public String reductionLabel() {
        return reducedBy.label(reduction);
    }
}
