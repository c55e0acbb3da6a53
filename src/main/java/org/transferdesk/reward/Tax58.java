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
 * 36 months of the receipt it comes from (R-DATE) and it was publicised. The 备案表 is due by the 15th of the
 * month after payment.
 * <p>
 * {@link #check(BigDecimal, DealMode, boolean, boolean, boolean, List, LocalDate)} is the one eligibility
 * function: the distribution editor (through {@link LineTax}), the 备案表, the due list and the annual report
 * all call it, so they cannot disagree.
 */
public final class Tax58 {
    /** 58号 第七条: in force from this day; income received before it has its 36 months counted from it. */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2018, 7, 1);
    static final int WINDOW_MONTHS = 36;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    /** A failed condition, named for the explanation. */
    public enum Condition implements org.transferdesk.common.Labeled {
        NON_PROFIT_UNIT, TRANSFER_OR_LICENSE, REGISTERED, PAID_FROM_2018_07_01, RECEIPT_KNOWN, PAID_WITHIN_36_MONTHS,
        PUBLICISED;

        @Override
        public String labelPrefix() {
            return "tax58";
        }
    }

    /** A receipt a reward comes from: when and how much was received (the weight of its part of the reward). */
    public record Source(LocalDate receivedOn, BigDecimal amount) {
        public Source {
            if (receivedOn == null || amount == null) {
                throw new IllegalArgumentException("a receipt has a date and an amount");
            }
        }
    }

    /**
     * The outcome for one reward: the failed conditions, the exempt part (0.00 unless eligible), the earliest
     * last day of payment of its receipts (null when no receipt is known), the exempt part the 36 months allow
     * whatever the other conditions ({@code windowExempt}: what a draft will get once publicised) and the
     * receipts whose window had closed on the payment day (their part of the reward is not exempt).
     */
    public record Eligibility(List<Condition> failed, BigDecimal exemptPart, LocalDate paymentDeadline,
                              BigDecimal windowExempt, List<LocalDate> lapsedReceipts) {
        public Eligibility {
            failed = List.copyOf(failed);
            lapsedReceipts = List.copyOf(lapsedReceipts);
        }

        public boolean eligible() {
            return failed.isEmpty();
        }

        /** Eligible for the part that comes from receipts still within their 36 months only. */
        public boolean partial() {
            return eligible() && !lapsedReceipts.isEmpty();
        }
    }

    private Tax58() {
    }

    /**
     * R-DATE with 58号 第七条: 36 months after the receipt, on the same day or the month's last day
     * (2020-02-29 → 2023-02-28; that last day is inside); income received before 2018-07-01 runs its 36 months
     * from 2018-07-01, so it must be paid by 2021-07-01.
     */
    public static LocalDate paymentDeadline(LocalDate receivedOn) {
        LocalDate start = receivedOn.isBefore(IN_FORCE_FROM) ? IN_FORCE_FROM : receivedOn;
        return start.plusMonths(WINDOW_MONTHS);
    }

    /** R-TAX58-FILING: the 15th of the month after payment. */
    public static LocalDate filingDue(LocalDate paidOn) {
        return paidOn.plusMonths(1).withDayOfMonth(15);
    }

    /** One receipt of unknown amount (the whole reward comes from it); a null date means none is known. */
    public static Eligibility check(BigDecimal reward, DealMode mode, boolean nonProfitUnit, boolean registered,
                                    boolean publicised, LocalDate receivedOn, LocalDate paidOn) {
        return check(reward, mode, nonProfitUnit, registered, publicised,
                receivedOn == null ? List.of() : List.of(new Source(receivedOn, BigDecimal.ONE)), paidOn);
    }

    /**
     * R-TAX58 for a cash reward of {@code reward} paid on {@code paidOn} (null: not paid yet, judged as if paid
     * in time) from {@code receipts}. No receipt known → not eligible. The 36 months run per receipt: when some
     * receipts' windows have closed, only the part of the reward that comes from the others is exempt — the
     * reward is taken to come from its receipts pro rata to their amounts (refunds and zero amounts weigh
     * nothing; when no amount is positive the receipts weigh equally). The exempt part is half of that part,
     * rounded once to the fen HALF_UP, so the taxable rest (reward − exempt part) and the exempt part always
     * add up to the reward exactly. A receipt dated after the payment cannot be what it was paid from: it weighs
     * nothing, and a reward with only such receipts has no receipt known.
     */
    public static Eligibility check(BigDecimal reward, DealMode mode, boolean nonProfitUnit, boolean registered,
                                    boolean publicised, List<Source> allReceipts, LocalDate paidOn) {
        List<Source> receipts = paidOn == null ? allReceipts
                : allReceipts.stream().filter(r -> !r.receivedOn().isAfter(paidOn)).toList();
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
        if (paidOn != null && paidOn.isBefore(IN_FORCE_FROM)) {
            failed.add(Condition.PAID_FROM_2018_07_01);
        }
        boolean anyPositive = receipts.stream().anyMatch(r -> r.amount().signum() > 0);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal inWindow = BigDecimal.ZERO;
        LocalDate deadline = null;
        List<LocalDate> lapsed = new ArrayList<>();
        for (Source r : receipts) {
            BigDecimal weight = anyPositive ? r.amount().max(BigDecimal.ZERO) : BigDecimal.ONE;
            LocalDate last = paymentDeadline(r.receivedOn());
            if (weight.signum() > 0) {
                deadline = deadline == null || last.isBefore(deadline) ? last : deadline;
            }
            total = total.add(weight);
            if (paidOn == null || !paidOn.isAfter(last)) {
                inWindow = inWindow.add(weight);
            } else if (weight.signum() > 0) {
                lapsed.add(r.receivedOn());
            }
        }
        if (receipts.isEmpty()) {
            failed.add(Condition.RECEIPT_KNOWN);
        } else if (inWindow.signum() == 0) {
            failed.add(Condition.PAID_WITHIN_36_MONTHS);
        }
        if (!publicised) {
            failed.add(Condition.PUBLICISED);
        }
        BigDecimal windowExempt = inWindow.signum() == 0 ? NONE : inWindow.compareTo(total) == 0
                ? exemptPart(reward)
                : reward.multiply(inWindow).divide(total.multiply(TWO), 2, RoundingMode.HALF_UP);
        return new Eligibility(failed, failed.isEmpty() ? windowExempt : NONE, deadline, windowExempt,
                inWindow.signum() == 0 ? List.of() : lapsed);
    }

    /** R-TAX58: half of an eligible cash reward is exempt (to the fen, HALF_UP). */
    public static BigDecimal exemptPart(BigDecimal reward) {
        return reward.divide(TWO, 2, RoundingMode.HALF_UP);
    }
}
