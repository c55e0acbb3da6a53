package org.transferdesk.fees;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.pilot.MaintenancePayer;

/**
 * The annual fee budget of a calendar year (年费预算): every fee year whose due date falls in {@code year},
 * paid or not, ordered by due date then application number, with the split of each payable fee between the
 * university and the co-owners and the totals of all rows.
 */
public record FeePlan(int year, List<FeePlanRow> rows, BigDecimal total, BigDecimal university, BigDecimal coOwners) {
    private static final Comparator<FeePlanRow> ORDER = Comparator.comparing((FeePlanRow r) -> r.fee().dueOn())
            .thenComparing(r -> r.patent().applicationNo(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(r -> r.fee().year());

    public FeePlan {
        rows = List.copyOf(rows);
    }

    public static FeePlan of(int year, List<PatentFeeInput> patents, FeeRules rules) {
        List<FeePlanRow> rows = new ArrayList<>();
        for (PatentFeeInput p : patents) {
            for (FeeYear y : p.feeYears(rules)) {
                if (y.dueOn().getYear() == year) {
                    BigDecimal university = universityPart(y.payable(), p.periodOn(y.dueOn()));
                    rows.add(new FeePlanRow(p, y, p.settled(y), university, Money.of(y.payable().subtract(university))));
                }
            }
        }
        rows.sort(ORDER);
        return new FeePlan(year, rows, sum(rows.stream().map(r -> r.fee().payable()).toList()),
                sum(rows.stream().map(FeePlanRow::universityPart).toList()),
                sum(rows.stream().map(FeePlanRow::coOwnersPart).toList()));
    }

    /**
     * The university's part of a payable fee: all of it unless co-owned on the due date; co-owned, by the
     * agreement's payer: UNIVERSITY all, TEAM none, BY_SHARE (also when no payer is recorded) payable × the
     * unit's share HALF_UP (no share recorded: all, as nothing agreed can be charged to the co-owners).
     */
    static BigDecimal universityPart(BigDecimal payable, Optional<CoOwnedPeriod> period) {
        if (period.isEmpty()) {
            return payable;
        }
        MaintenancePayer payer = period.get().payer() == null ? MaintenancePayer.BY_SHARE : period.get().payer();
        return switch (payer) {
            case UNIVERSITY -> payable;
            case TEAM -> Money.of(BigDecimal.ZERO);
            case BY_SHARE -> {
                Percent share = period.get().unitShare() == null ? Percent.HUNDRED : period.get().unitShare();
                yield Money.of(payable.multiply(share.fraction()));
            }
        };
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return Money.of(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
