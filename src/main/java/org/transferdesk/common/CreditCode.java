package org.transferdesk.common;

/**
 * R-ID-USCC (GB 32100-2015): the 18-character unified social credit code. Characters
 * {@code 0-9A-HJ-NP-RTUW-Y} carry values 0–30; weights 3^(i−1) mod 31; check = 31 − (Σ mod 31),
 * 31 → 0. Callers warn rather than block on a failed check: some real codes fail it.
 */
public final class CreditCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\u3000]", "");
    }

    /** Eighteen characters of the code's alphabet: what a code must look like, whatever its check digit. */
    public static boolean hasValidShape(String input) {
        String code = normalise(input);
        return code.length() == 18 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public static boolean isValid(String input) {
        String code = normalise(input);
        if (code.length() != 18 || !hasValidShape(code)) {
            return false;
        }
        return withCheckCharacter(code.substring(0, 17)).equals(code);
    }

    /** The 17 characters of a code's body with its check character appended (body of the code's alphabet). */
    public static String withCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body + ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
