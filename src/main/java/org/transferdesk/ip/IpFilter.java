package org.transferdesk.ip;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The IP register's filter: every whitespace-separated term must occur in the row (number, titles,
 * owners), and each chosen facet must match. Numbers are found as clerks copy them from CNIPA
 * papers: with a {@code CN}/{@code ZL} prefix, spaces, or without the dot before the check character.
 */
public record IpFilter(String text, IpType type, IpStatus status, Integer filingYear) {
    public static final IpFilter ALL = new IpFilter("", null, null, null);

    public Predicate<IpListRow> predicate() {
        String[] terms = terms(text);
        return row -> (type == null || row.type() == type)
                && (status == null || row.status() == status)
                && (filingYear == null || row.filedOn() != null && row.filedOn().getYear() == filingYear)
                && Arrays.stream(terms).allMatch(t -> matches(row, t));
    }

    /** Lower-cased terms; a CN/ZL prefix in front of a number is dropped, even when a space follows it. */
    static String[] terms(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String cleaned = text.strip().toLowerCase(Locale.ROOT).replaceAll("(?<![a-z])(cn|zl)\\s*(?=\\d)", "");
        return cleaned.isBlank() ? new String[0] : cleaned.strip().split("\\s+");
    }

    private static boolean matches(IpListRow row, String term) {
        if (row.searchText().contains(term)) {
            return true;
        }
        String digits = numberKey(term);
        return digits.length() >= 4 && digits.length() == term.length() - dots(term)
                && numberKey(row.applicationNo()).contains(digits);
    }

    /** Digits and the check character only: "202310123456.6" → "2023101234566". */
    private static String numberKey(String number) {
        return number == null ? "" : number.toLowerCase(Locale.ROOT).replaceAll("[^0-9x]", "");
    }

    private static int dots(String term) {
        return (int) term.chars().filter(c -> c == '.').count();
    }
}
