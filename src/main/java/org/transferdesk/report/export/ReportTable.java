package org.transferdesk.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Money;

/**
 * A table of the annual report, independent of the file format (the workbook and the written report print
 * the same tables). Cells hold String, Integer, {@link Wan}, {@link Yuan}, {@link Share}, {@link NotRecorded},
 * LocalDate or null;
 * every text is already in the user's language. {@code group} puts a header over some columns (奖励个人 over
 * 现金/股权).
 */
record ReportTable(String caption, List<String> headers, List<Row> rows, Group group) {

    /** One line; a strong line (subtotal, total) prints bold. */
    record Row(List<Object> cells, boolean strong) {
        Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** A header spanning columns {@code first}–{@code last} above their own headers. */
    record Group(int first, int last, String text) {
    }

    /** An amount in yuan shown in 万元 with two decimals (the official tables' unit). */
    record Wan(BigDecimal yuan) {
        BigDecimal value() {
            return Money.toWan(yuan);
        }

        @Override
        public String toString() {
            return value().toPlainString();
        }
    }

    /** An amount shown in yuan with two decimals (record-level detail). */
    record Yuan(BigDecimal yuan) {
        BigDecimal value() {
            return yuan.setScale(2, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return value().toPlainString();
        }
    }

    /** A fraction (0.4, a change of −0.125) shown as a percentage with two decimals. */
    record Share(BigDecimal fraction) {
        @Override
        public String toString() {
            return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        }
    }

    /** A figure the records do not hold yet (R-REPORT-MORE's slots): printed centred, like a dash. */
    record NotRecorded() {
        @Override
        public String toString() {
            return org.transferdesk.common.I18n.t("reportFigure.notRecorded");
        }
    }

    ReportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    ReportTable(String caption, List<String> headers, List<Row> rows) {
        this(caption, headers, rows, null);
    }

    /** The header of column {@code c} with its group's text in front (for a one-row header). */
    String flatHeader(int c) {
        return group != null && c >= group.first() && c <= group.last() ? group.text() + headers.get(c)
                : headers.get(c);
    }
}
