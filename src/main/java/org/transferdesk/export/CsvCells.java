package org.transferdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every CSV export writes into a cell. Issue 19: a name or title starting with {@code =}, {@code +}, {@code -}
 * or {@code @} ({@code =HYPERLINK(…)}, {@code @SUM(1)}, {@code -2+3}) was written as is, and Excel and WPS run it
 * as a formula when the file is opened (CSV injection). As OWASP recommends, such a cell is prefixed with a single
 * quote, which spreadsheets show as text; so is one starting with a tab or a carriage return, which Excel strips
 * before it looks for a formula. A plain number (a refund's -500.00, days left -3) is data, not a formula, and is
 * written as it is so the column still sums.
 */
public final class CsvCells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    /** The text as a CSV cell: null is empty, a formula-like start is neutralised. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(text.charAt(0)) && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** {@link #safe(String)} for each value's {@code toString()} (null is empty). */
    public static List<String> safe(Iterable<?> values) {
        List<String> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(safe(value == null ? null : value.toString()));
        }
        return cells;
    }

    /** The text {@link #safe(String)} was given: the quote taken off a neutralised cell, any other text as it is. */
    public static String unquote(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.charAt(1))
                && !PLAIN_NUMBER.matcher(cell.substring(1)).matches() ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
