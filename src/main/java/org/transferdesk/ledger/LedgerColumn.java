package org.transferdesk.ledger;

import java.util.Locale;

/**
 * One column of the ledger format (DOMAIN §9): its Chinese name, the English alias, whether it is
 * required, and the width the template gives it. The names are the file format, not UI text, so they
 * do not change with the language setting.
 */
public record LedgerColumn(String name, String alias, boolean required, int templateWidth) {

    /** Whether a header cell names this column: "工号", "staff_no", or both as in "工号 [staff_no]". */
    public boolean matches(String header) {
        if (header == null) {
            return false;
        }
        String h = header.strip();
        if (h.endsWith("*")) {
            // templates and clerks often mark required columns with a star
            h = h.substring(0, h.length() - 1).strip();
        }
        if (same(h)) {
            return true;
        }
        int open = indexOfAny(h, "[(（【");
        if (open > 0 && indexOfAny(h, "])）】") == h.length() - 1) {
            return same(h.substring(0, open).strip()) || same(h.substring(open + 1, h.length() - 1).strip());
        }
        return false;
    }

    private boolean same(String text) {
        return text.equals(name) || text.toLowerCase(Locale.ROOT).equals(alias);
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
