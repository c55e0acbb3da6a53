package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * R-ROUND: splits an amount by weights exactly, rounds each line down to the fen, and gives the
 * leftover fen one each to the lines with the largest remainders (ties: the order of the list), so
 * the lines always add up to the amount.
 */
public final class FenSplit {
    private FenSplit() {
    }

    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("weights must add up to more than 0");
        }
        BigDecimal pool = amount.setScale(2, RoundingMode.HALF_UP);
        List<BigDecimal> lines = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            // exact share in fen, with enough digits that the comparison of remainders is exact in practice
            BigDecimal exactFen = pool.movePointRight(2).multiply(w).divide(total, 20, RoundingMode.DOWN);
            BigDecimal fen = exactFen.setScale(0, RoundingMode.DOWN);
            lines.add(fen);
            remainders.add(exactFen.subtract(fen));
            assigned = assigned.add(fen);
        }
        int leftover = pool.movePointRight(2).subtract(assigned).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < leftover; k++) {
            int i = order.get(k % order.size());
            lines.set(i, lines.get(i).add(BigDecimal.ONE));
        }
        return lines.stream().map(f -> f.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)).toList();
    }
}
