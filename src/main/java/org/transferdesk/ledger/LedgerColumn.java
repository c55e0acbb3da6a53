package org.transferdesk.ledger;

import java.util.List;
import java.util.Locale;

/**
 * One column of the ledger format (DOMAIN §9): its Chinese name, the English alias, whether it is
 * required, the width the template gives it, and the other names offices give it in their own ledgers
 * (身份证号码 for 身份证号 …). The names are the file format, not UI text, so they do not change with the
 * language setting.
 */
public record LedgerColumn(String name, String alias, boolean required, int templateWidth, List<String> synonyms) {

    public LedgerColumn {
        synonyms = List.copyOf(synonyms);
    }

    public LedgerColumn(String name, String alias, boolean required, int templateWidth) {
        this(name, alias, required, templateWidth, List.of());
    }

    /** The same column, also recognised under these header names. */
    public LedgerColumn alsoNamed(String... others) {
        return new LedgerColumn(name, alias, required, templateWidth, List.of(others));
    }

    /**
     * Whether a header cell names this column: "工号", "staff_no", both as in "工号 [staff_no]", one of its
     * other names, or any of these followed by a unit ("合同金额（万元）", "金额/元"; {@link HeaderUnit} reads the
     * unit). Line breaks and spaces inside a header (Alt+Enter in Excel) do not matter.
     */
    public boolean matches(String header) {
        return matches(header, true);
    }

    /** Whether a header names this column by the format's own name or alias (so nothing was guessed). */
    public boolean isOwnName(String header) {
        return matches(header, false);
    }

    private boolean matches(String header, boolean orSynonym) {
        if (header == null) {
            return false;
        }
        String h = compact(header);
        if (h.endsWith("*")) {
            // templates and clerks often mark required columns with a star
            h = h.substring(0, h.length() - 1);
        }
        if (same(h, orSynonym)) {
            return true;
        }
        int open = indexOfAny(h, "[(（【");
        if (open > 0 && indexOfAny(h, "])）】") == h.length() - 1) {
            return same(h.substring(0, open), orSynonym) || same(h.substring(open + 1, h.length() - 1), orSynonym);
        }
        int slash = indexOfAny(h, "/／");
        return slash > 0 && same(h.substring(0, slash), orSynonym);
    }

    /** A header as written, without spaces, no-break spaces and line breaks (Alt+Enter): how headers are compared. */
    public static String compact(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    private boolean same(String text, boolean orSynonym) {
        return text.equals(name) || text.toLowerCase(Locale.ROOT).equals(alias) || orSynonym && synonyms.contains(text);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
