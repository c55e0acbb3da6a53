package org.transferdesk.dashboard;

import java.math.BigDecimal;
import org.transferdesk.common.Percent;

/**
 * One key figure this year (so far) and last year: yuan for money figures, a whole number for counts.
 * {@code change} is (current − previous) / previous, null when last year had nothing to compare with.
 */
public record KeyFigure(Figure figure, BigDecimal current, BigDecimal previous, Percent change) {

    public static KeyFigure of(Figure figure, BigDecimal current, BigDecimal previous) {
        return new KeyFigure(figure, current, previous, change(current, previous));
    }

    /** The relative change; null when {@code previous} is zero (a rise from nothing has no percentage). */
    static Percent change(BigDecimal current, BigDecimal previous) {
        BigDecimal change = Percent.change(current, previous, Percent.FRACTION_SCALE);
        return change == null ? null : new Percent(change);
    }
}
