package org.transferdesk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The demo generator's only source of chance: one seeded {@link Random}, so a seed always gives the
 * same data. Doubles here only choose; amounts and shares are never computed with them.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** Uniform in [lo, hi], both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index chosen with the given relative weights (non-negative, not all zero). */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }

    /** {@code from} plus lo–hi days, moved off a weekend: offices record things on working days. */
    LocalDate workdayAfter(LocalDate from, int lo, int hi) {
        return nextWorkday(from.plusDays(between(lo, hi)));
    }

    static LocalDate nextWorkday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.plusDays(2) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    static LocalDate previousWorkday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.minusDays(1) : day == DayOfWeek.SUNDAY ? date.minusDays(2) : date;
    }
}
