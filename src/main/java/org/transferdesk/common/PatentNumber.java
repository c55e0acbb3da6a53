package org.transferdesk.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-ID-PATENT (ZC 0006-2003): a Chinese patent application number. New form {@code YYYYTNNNNNNN.C}
 * (12 digits), old form {@code YYTNNNNN.C} (8 digits, before 2003-10-01). The check character is
 * Σ(digit × weight) mod 11 with weights 2,3,4,5,6,7,8,9,2,3,4,5 (old: 2–9); 10 is written X.
 */
public final class PatentNumber {
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    private static final Pattern INPUT = Pattern.compile("(\\d{12}|\\d{8})\\.?([0-9X])");

    /** The outcome of checking one number: the canonical form when valid, otherwise why not. */
    public record Check(Optional<String> canonical, String problemKey) {
        public boolean valid() {
            return canonical.isPresent();
        }
    }

    private PatentNumber() {
    }

    /** Accepts CN/ZL prefixes, spaces and a missing dot; answers the canonical {@code digits.C}. */
    public static Check check(String input) {
        if (input == null || input.isBlank()) {
            return new Check(Optional.empty(), "validation.patent.format");
        }
        String cleaned = input.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\u3000]", "").replace("。", ".");
        if (cleaned.startsWith("CN") || cleaned.startsWith("ZL")) {
            cleaned = cleaned.substring(2);
        }
        Matcher m = INPUT.matcher(cleaned);
        if (!m.matches()) {
            return new Check(Optional.empty(), "validation.patent.format");
        }
        String digits = m.group(1);
        char given = m.group(2).charAt(0);
        if (checkChar(digits) != given) {
            return new Check(Optional.empty(), "validation.patent.checkDigit");
        }
        return new Check(Optional.of(digits + "." + given), "");
    }

    public static boolean isValid(String input) {
        return check(input).valid();
    }

    static char checkChar(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The patent-type digit: 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model. */
    public static char typeDigit(String canonical) {
        return canonical.length() == 14 ? canonical.charAt(4) : canonical.charAt(2);
    }
}
