package org.transferdesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.Money;

/**
 * The portfolio review (专利分级管理 / 放弃评估): patents whose coming fees cost more than their result has
 * brought in are candidates for abandonment or a push to license. Pure.
 */
public final class PortfolioReview {
    private static final Comparator<ReviewRow> ORDER = Comparator.comparing(ReviewRow::gap).reversed()
            .thenComparing(ReviewRow::nextDue)
            .thenComparing(r -> r.patent().applicationNo(), Comparator.nullsLast(Comparator.naturalOrder()));

    private PortfolioReview() {
    }

    /**
     * Patents whose unsettled fees due from {@code today} (inclusive) up to today + {@code years} years
     * (exclusive) exceed what the result has earned ({@code earnedByResult}: disclosure id → money received
     * on its deals, missing = 0). Ordered by the gap (fees − earned) descending.
     */
    public static List<ReviewRow> of(List<PatentFeeInput> patents, Map<Long, BigDecimal> earnedByResult,
                                     LocalDate today, int years, FeeRules rules) {
        LocalDate until = today.plusYears(years);
        List<ReviewRow> rows = new ArrayList<>();
        for (PatentFeeInput p : patents) {
            BigDecimal fees = BigDecimal.ZERO;
            LocalDate nextDue = null;
            List<FeeYear> counted = new ArrayList<>();
            for (FeeYear y : p.feeYears(rules)) {
                if (!y.dueOn().isBefore(today) && y.dueOn().isBefore(until) && !p.settled(y)) {
                    fees = fees.add(y.payable());
                    counted.add(y);
                    nextDue = nextDue == null || y.dueOn().isBefore(nextDue) ? y.dueOn() : nextDue;
                }
            }
            BigDecimal earned = Money.of(earnedByResult.getOrDefault(p.disclosureId(), BigDecimal.ZERO));
            if (nextDue != null && fees.compareTo(earned) > 0) {
                rows.add(new ReviewRow(p, Money.of(fees), earned, nextDue, counted));
            }
        }
        rows.sort(ORDER);
        return List.copyOf(rows);
    }
}
