package org.transferdesk.reward;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.transferdesk.common.Percent;
import org.transferdesk.reward.RewardPolicy.UnitShares;
import org.transferdesk.reward.UnitPart.Unit;

/**
 * R-UNIT-SPLIT with R-ROUND (pure): the university's part of net income (net − pool) split into 学校, 学院 and
 * the technology-transfer office by the policy's shares of net income. What neither the team's rate nor the
 * shares cover stays with 学校. The school share is divided among the departments of the deal's results, each
 * result weighing equally (as R-TEAM weighs them). Lines are split with {@link FenSplit}, so they add up to
 * the university part to the fen even where the pool's HALF_UP rounding left an odd fen.
 */
public final class UnitSplit {
    private UnitSplit() {
    }

    /**
     * @param universityPart net − pool, in yuan
     * @param teamRate       the fraction of net income the pool is
     * @param shares         the policy's unit shares
     * @param departments    the department of each linked result (null or blank: unnamed), one per result
     * @return the lines with a positive share, 学校 first, then the schools in order, then the office; empty when
     *         the policy splits nothing
     */
    public static List<UnitPart> parts(BigDecimal universityPart, BigDecimal teamRate, UnitShares shares,
                                       List<String> departments) {
        if (!shares.splits()) {
            return List.of();
        }
        BigDecimal rest = BigDecimal.ONE.subtract(teamRate).subtract(shares.total().fraction()).max(BigDecimal.ZERO);
        List<Unit> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        add(units, names, weights, Unit.UNIVERSITY, "", shares.university().fraction().add(rest));
        for (Map.Entry<String, BigDecimal> school : schools(shares.school(), departments).entrySet()) {
            add(units, names, weights, Unit.SCHOOL, school.getKey(), school.getValue());
        }
        add(units, names, weights, Unit.TRANSFER_OFFICE, "", shares.transferOffice().fraction());
        if (weights.isEmpty() || universityPart.signum() <= 0) {
            return zeroParts(units, names, weights);
        }
        List<BigDecimal> amounts = FenSplit.split(universityPart, weights);
        List<UnitPart> parts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            parts.add(new UnitPart(units.get(i), names.get(i), weights.get(i), amounts.get(i)));
        }
        return List.copyOf(parts);
    }

    /** The school share per department: each result weighs 1/n, results of one department add up. */
    private static Map<String, BigDecimal> schools(Percent school, List<String> departments) {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        if (!school.isPositive()) {
            return byName;
        }
        if (departments.isEmpty()) {
            byName.put("", school.fraction());
            return byName;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String d : departments) {
            counts.merge(d == null ? "" : d.strip(), 1, Integer::sum);
        }
        BigDecimal n = BigDecimal.valueOf(departments.size());
        // multiply before dividing, so one department of all the results gets the school share exactly
        counts.forEach((name, count) -> byName.put(name, school.fraction().multiply(BigDecimal.valueOf(count))
                .divide(n, 12, java.math.RoundingMode.HALF_UP)));
        return byName;
    }

    private static void add(List<Unit> units, List<String> names, List<BigDecimal> weights, Unit unit, String name,
                            BigDecimal weight) {
        if (weight.signum() > 0) {
            units.add(unit);
            names.add(name);
            weights.add(weight.stripTrailingZeros());
        }
    }

    private static List<UnitPart> zeroParts(List<Unit> units, List<String> names, List<BigDecimal> weights) {
        List<UnitPart> parts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            parts.add(new UnitPart(units.get(i), names.get(i), weights.get(i), BigDecimal.ZERO.setScale(2)));
        }
        return List.copyOf(parts);
    }
}
