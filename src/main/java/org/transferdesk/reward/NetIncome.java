package org.transferdesk.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;

/**
 * R-NET: net income = receipts − deductible costs. When a receipt is distributed, the deal's
 * deductible costs dated on or before the receipt date that earlier distributions have not yet
 * deducted are deducted, oldest first, up to the receipt amount; what is left carries to the next
 * receipt. Net income is never negative. Sunk R&D cost is never a deal cost here.
 */
public final class NetIncome {
    /** How much of one cost this distribution deducts. */
    public record Deduction(Cost cost, BigDecimal amount) {
    }

    /** The arithmetic of one distribution's net income, for its explanation. */
    public record Result(BigDecimal gross, List<Deduction> deductions, BigDecimal deducted, BigDecimal net) {
    }

    private NetIncome() {
    }

    /**
     * @param gross            the receipts being distributed (positive)
     * @param receiptDate      the (latest) receipt date
     * @param costs            all costs of the deal
     * @param alreadyDeducted  per cost id, what earlier distributions deducted
     * @param deductible       the categories the policy in force allows
     */
    public static Result of(BigDecimal gross, LocalDate receiptDate, List<Cost> costs,
                            Map<Long, BigDecimal> alreadyDeducted, Set<CostCategory> deductible) {
        BigDecimal room = gross.max(BigDecimal.ZERO);
        List<Deduction> deductions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<Cost> eligible = costs.stream()
                .filter(c -> deductible.contains(c.category()) && !c.incurredOn().isAfter(receiptDate))
                .sorted(Comparator.comparing(Cost::incurredOn).thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id()))
                .toList();
        for (Cost c : eligible) {
            BigDecimal open = c.amount().subtract(alreadyDeducted.getOrDefault(c.id(), BigDecimal.ZERO));
            BigDecimal take = open.min(room).max(BigDecimal.ZERO);
            if (take.signum() > 0) {
                deductions.add(new Deduction(c, take));
                total = total.add(take);
                room = room.subtract(take);
            }
        }
        return new Result(gross, List.copyOf(deductions), total, gross.subtract(total).max(BigDecimal.ZERO.setScale(2)));
    }
}
