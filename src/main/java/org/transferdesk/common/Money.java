package org.transferdesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Money is yuan as {@link BigDecimal} with 2 decimals, rounded HALF_UP: never binary floating point. */
public final class Money {
    public static final int SCALE = 2;

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return parse(amount).orElseThrow(() -> new NumberFormatException("not an amount: " + amount));
    }

    /** Accepts "1,234.5", "1234.50", "¥1 234.5", "１２３" is not accepted; empty is empty. */
    public static Optional<BigDecimal> parse(String text) {
        // 1e999999999 or 1e-999999999 rounded to the fen would build a billion-digit number (issue 19's fuzzing)
        return parseExact(text).filter(n -> Math.abs(n.scale()) <= ABSURD_EXPONENT).map(Money::of);
    }

    private static final int ABSURD_EXPONENT = 1000;

    /** As {@link #parse} but not rounded: what was written, for a caller that must see every digit. */
    public static Optional<BigDecimal> parseExact(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
                .replace(" ", "").replace("\u00A0", "");
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** R-REPORT-COUNT: yuan in 万元, HALF_UP to 2 decimals; a sum is converted once, after summing in yuan. */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(SCALE, java.math.RoundingMode.HALF_UP);
    }

    /** An amount in yuan shown in 万元 with fixed separators ("" for none). */
    public static String formatWan(BigDecimal yuan) {
        return yuan == null ? "" : format(toWan(yuan));
    }

    public static String format(BigDecimal amount) {
        // Fixed separators: the OS locale (e.g. de_DE "1.234,50") must not change what clerks and exports see.
        if (amount == null) {
            return "";
        }
        // Issue 20: String.format parses its pattern on every call; the due list's start formats two amounts per
        // patent (a sixth of its derive at 20,000 results). The same text as "%,.2f" of the HALF_UP amount, built
        // from its digits.
        String plain = of(amount).abs().toPlainString();
        int point = plain.indexOf('.');
        StringBuilder text = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        if (amount.signum() < 0 && of(amount).signum() != 0) {
            text.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, point, plain.length()).toString();
    }
}
