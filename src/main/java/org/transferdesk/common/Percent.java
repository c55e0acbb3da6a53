package org.transferdesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact share or rate, stored as a fraction with 6 decimals (0.400000 = 40%), the scale of the
 * NUMERIC(9,6) columns. Users type and read percentages (40 means 40%).
 */
public record Percent(BigDecimal fraction) implements Comparable<Percent> {
    public static final int FRACTION_SCALE = 6;
    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    public static final Percent HUNDRED = new Percent(BigDecimal.ONE);

    public Percent {
        Objects.requireNonNull(fraction, "fraction");
        fraction = fraction.setScale(FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    public static Percent ofPercent(BigDecimal percent) {
        return new Percent(percent.movePointLeft(2));
    }

    public static Percent ofPercent(String percent) {
        return ofPercent(new BigDecimal(percent.strip()));
    }

    /** Parses "40", "40%", "33.3333"; empty or malformed input is empty. */
    /**
     * The relative change (now − before) / |before| as a fraction rounded HALF_UP to {@code scale} digits; null
     * when {@code before} is zero (a rise from nothing has no percentage).
     */
    public static BigDecimal change(BigDecimal now, BigDecimal before, int scale) {
        return before.signum() == 0 ? null : now.subtract(before).divide(before.abs(), scale, RoundingMode.HALF_UP);
    }

    /**
     * The problem of a share or rate outside 0 … 100% in {@code field}, named by the key of its label; empty when
     * within or null. Issue 19: an editor took 150% or −5% where the model only asked for "positive".
     */
    public static Optional<Problem> checkRange(String field, String label, Percent percent) {
        return percent == null || percent.fraction().signum() >= 0 && percent.fraction().compareTo(BigDecimal.ONE) <= 0
                ? Optional.empty() : Optional.of(Problem.error("validation.percentRange", field, label, percent));
    }

    public static Optional<Percent> parsePercent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replace("%", "").replace("％", "").strip();
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ofPercent(new BigDecimal(cleaned)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 40 for 40%, 33.3333 for 33.3333%: no trailing zeros, never an exponent. */
    public BigDecimal percent() {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0, RoundingMode.UNNECESSARY) : p;
    }

    public Percent plus(Percent other) {
        return new Percent(fraction.add(other.fraction));
    }

    public boolean isPositive() {
        return fraction.signum() > 0;
    }

    @Override
    public int compareTo(Percent other) {
        return fraction.compareTo(other.fraction);
    }

    /** "40%", "33.3333%". */
    @Override
    public String toString() {
        return percent().toPlainString() + "%";
    }
}
