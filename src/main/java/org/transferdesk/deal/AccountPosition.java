package org.transferdesk.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Money due and received on a deal as of a date. Receipts matched to an instalment pay that
 * instalment; the rest (refunds subtract) pays the instalments in due-date order. Outstanding is what
 * the schedule (or, without one, the contract amount) still lacks after all receipts net of refunds;
 * overdue is the unpaid part of
 * instalments due before the date. EQUITY deals receive shares, not money: nothing is outstanding.
 */
public record AccountPosition(BigDecimal scheduled, BigDecimal received, BigDecimal outstanding, BigDecimal overdue,
                              Map<Long, BigDecimal> unpaidByInstalment) {

    public static AccountPosition of(Deal deal, LocalDate asOf) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal received = deal.receipts().stream().map(Receipt::amount).reduce(zero, BigDecimal::add);
        if (deal.mode() == DealMode.EQUITY) {
            return new AccountPosition(zero, received, zero, zero, Map.of());
        }
        List<Instalment> schedule = deal.instalments().stream()
                .sorted(Comparator.comparing(Instalment::dueOn)).toList();
        BigDecimal scheduled = schedule.stream().map(Instalment::amount).reduce(zero, BigDecimal::add);
        Map<Long, BigDecimal> paid = new HashMap<>();
        BigDecimal pool = zero;
        for (Receipt r : deal.receipts()) {
            boolean matched = r.instalmentId() != null
                    && schedule.stream().anyMatch(i -> r.instalmentId().equals(i.id()));
            if (matched) {
                paid.merge(r.instalmentId(), r.amount(), BigDecimal::add);
            } else {
                pool = pool.add(r.amount());
            }
        }
        Map<Long, BigDecimal> unpaid = new HashMap<>();
        BigDecimal overdue = zero;
        for (int index = 0; index < schedule.size(); index++) {
            Instalment inst = schedule.get(index);
            BigDecimal left = inst.amount().subtract(paid.getOrDefault(inst.id(), zero)).max(zero);
            BigDecimal fromPool = pool.max(zero).min(left);
            pool = pool.subtract(fromPool);
            left = left.subtract(fromPool);
            unpaid.put(inst.id() == null ? -(index + 1L) : inst.id(), left);
            if (inst.dueOn().isBefore(asOf)) {
                overdue = overdue.add(left);
            }
        }
        // Outstanding is what the schedule (or the contract) still lacks after every receipt, refunds
        // included; the per-instalment allocation above only decides which instalments are overdue.
        BigDecimal outstanding = (schedule.isEmpty() ? deal.contractAmount() : scheduled).subtract(received).max(zero);
        return new AccountPosition(scheduled, received, outstanding, overdue, Map.copyOf(unpaid));
    }
}
