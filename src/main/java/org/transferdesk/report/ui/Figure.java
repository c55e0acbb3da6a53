package org.transferdesk.report.ui;

import java.math.BigDecimal;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.report.TraceLine;

/**
 * One figure on screen: its text (amounts in 万元, 2 decimals HALF_UP), the exact value in yuan for the
 * tooltip (null for counts), the JSON path it comes from (null for a derived figure) and the records behind it
 * (R-REPORT-TRACE).
 */
public record Figure(String path, String text, String exact, BigDecimal value, List<TraceLine> lines) {

    public static final Figure EMPTY = new Figure(null, "", null, null, List.of());

    public Figure {
        lines = List.copyOf(lines);
    }

    public static Figure count(String path, long n, List<TraceLine> lines) {
        return new Figure(path, String.valueOf(n), null, BigDecimal.valueOf(n), lines);
    }

    public static Figure amount(String path, BigDecimal yuan, List<TraceLine> lines) {
        BigDecimal v = yuan == null ? BigDecimal.ZERO.setScale(2) : yuan;
        return new Figure(path, Money.formatWan(v), I18n.t("report.exactYuan", Money.format(v)), v, lines);
    }
}
