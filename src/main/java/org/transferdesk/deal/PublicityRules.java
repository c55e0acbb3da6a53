package org.transferdesk.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Problem;

/**
 * R-PUB-PRICE: price publicity lasts at least N calendar days (a setting, default 15), the start day
 * not counted (R-DATE): from 2024-05-06 the last day is 2024-05-21 at the earliest. A deal can be signed
 * from the day after the last day, when every objection is closed.
 */
public final class PublicityRules {
    private PublicityRules() {
    }

    public static LocalDate earliestEnd(LocalDate startsOn, int minimumDays) {
        return startsOn.plusDays(minimumDays);
    }

    /** The first day the deal may be signed. */
    public static LocalDate firstSigningDay(Publicity publicity) {
        return publicity.endsOn().plusDays(1);
    }

    /** What stops a negotiated deal from being signed on {@code signingDay}; empty when nothing does. */
    public static List<Problem> beforeSigning(Deal deal, LocalDate signingDay, int minimumDays) {
        List<Problem> problems = new ArrayList<>();
        if (!deal.needsPricePublicity()) {
            return problems;
        }
        Publicity p = deal.publicity();
        if (p == null || p.startsOn() == null || p.endsOn() == null) {
            problems.add(Problem.error("deal.publicity.missing", "publicity"));
            return problems;
        }
        LocalDate earliest = earliestEnd(p.startsOn(), minimumDays);
        if (p.endsOn().isBefore(earliest)) {
            problems.add(Problem.error("deal.publicity.tooShort", "publicity", minimumDays, earliest));
        }
        if (signingDay != null && !signingDay.isAfter(p.endsOn())) {
            problems.add(Problem.error("deal.publicity.running", "publicity", p.endsOn(), firstSigningDay(p)));
        }
        long open = p.objections().stream().filter(Objection::isOpen).count();
        if (open > 0) {
            problems.add(Problem.error("deal.publicity.openObjections", "publicity", open));
        }
        return problems;
    }
}
