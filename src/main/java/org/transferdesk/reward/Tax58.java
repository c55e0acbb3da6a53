package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.deal.DealMode;

/**
 * R-TAX58 (财税〔2018〕58号) and R-TAX58-FILING: a cash reward counts at 50% in wage income when the unit is
 * non-profit, the reward comes from a transfer or licence, the contract is registered, it is paid within
 * 36 months of the receipt (R-DATE) and it was publicised. The 备案表 is due by the 15th of the month after
 * payment.
 */
public final class Tax58 {
    /** A failed condition, named for the explanation. */
    public enum Condition implements org.transferdesk.common.Labeled {
        NON_PROFIT_UNIT, TRANSFER_OR_LICENSE, REGISTERED, PAID_WITHIN_36_MONTHS, PUBLICISED;

        @Override
        public String labelPrefix() {
            return "tax58";
        }
    }

    public record Eligibility(List<Condition> failed, BigDecimal exemptPart, LocalDate paymentDeadline) {
        public boolean eligible() {
            return failed.isEmpty();
        }
    }

    private Tax58() {
    }

    /** R-DATE: 36 months after the receipt, on the same day or the month's last day (2020-02-29 → 2023-02-28). */
    public static LocalDate paymentDeadline(LocalDate receivedOn) {
        return receivedOn.plusMonths(36);
    }

    /** R-TAX58-FILING: the 15th of the month after payment. */
    public static LocalDate filingDue(LocalDate paidOn) {
        return paidOn.plusMonths(1).withDayOfMonth(15);
    }

    public static Eligibility check(BigDecimal reward, DealMode mode, boolean nonProfitUnit, boolean registered,
                                    boolean publicised, LocalDate receivedOn, LocalDate paidOn) {
        List<Condition> failed = new ArrayList<>();
        if (!nonProfitUnit) {
            failed.add(Condition.NON_PROFIT_UNIT);
        }
        if (mode != DealMode.TRANSFER && mode != DealMode.LICENSE) {
            failed.add(Condition.TRANSFER_OR_LICENSE);
        }
        if (!registered) {
            failed.add(Condition.REGISTERED);
        }
        LocalDate deadline = paymentDeadline(receivedOn);
        if (paidOn != null && paidOn.isAfter(deadline)) {
            failed.add(Condition.PAID_WITHIN_36_MONTHS);
        }
        if (!publicised) {
            failed.add(Condition.PUBLICISED);
        }
        BigDecimal exempt = failed.isEmpty() ? exemptPart(reward) : BigDecimal.ZERO.setScale(2);
        return new Eligibility(List.copyOf(failed), exempt, deadline);
    }

    /** R-TAX58: half of an eligible cash reward is exempt (to the fen, HALF_UP). */
    public static BigDecimal exemptPart(BigDecimal reward) {
        return reward.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}
