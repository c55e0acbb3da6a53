package org.transferdesk.common;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * R-ID-PERSON (GB 11643-1999): the 18-character resident identity number: weights
 * 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; Σ mod 11 maps to {@code 1 0 X 9 8 7 6 5 4 3 2}; the birth
 * date must be a real date. Personal data: lists show {@link #mask(String)}, logs never the number.
 */
public final class PersonIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private PersonIdNumber() {
    }

    public static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\u3000]", "");
    }

    /**
     * Empty when valid, otherwise the message key of the first problem. A birth date after {@code today}
     * (the application's clock) is refused; born today is accepted.
     */
    public static String problemKey(String input, LocalDate today) {
        String id = normalise(input);
        if (!id.matches("\\d{17}[0-9X]")) {
            return "validation.idNumber.format";
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(today)) {
                return "validation.idNumber.birthDate";
            }
        } catch (DateTimeException e) {
            return "validation.idNumber.birthDate";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17) ? "" : "validation.idNumber.checkDigit";
    }

    public static boolean isValid(String input, LocalDate today) {
        return problemKey(input, today).isEmpty();
    }

    /** "110105********002X": region and last four kept, birth date hidden. */
    /**
     * Whether {@code id} is a number as a role without the right to read it in full sees it (issue 22: masked by the
     * shared database); no real document's number has a '*'.
     */
    public static boolean isMasked(String id) {
        return id != null && id.indexOf('*') >= 0;
    }

    public static String mask(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String n = normalise(id);
        return n.length() < 10 ? "*".repeat(n.length()) : n.substring(0, 6) + "*".repeat(n.length() - 10)
                + n.substring(n.length() - 4);
    }
}
