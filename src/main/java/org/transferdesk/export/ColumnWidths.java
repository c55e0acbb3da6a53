package org.transferdesk.export;

/**
 * Column widths in Excel's units (about one Latin character): a CJK character is about two wide, so
 * Chinese headers and names are not cut off.
 */
public final class ColumnWidths {
    public static final int MIN = 8;
    public static final int MAX = 60;

    private ColumnWidths() {
    }

    /** Display width of the longest line of {@code text}. */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, line);
                line = 0;
            } else {
                line += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, line);
    }

    /** A width for content of the given display width: padded, and kept between MIN and MAX. */
    public static int fit(int contentWidth) {
        return Math.max(MIN, Math.min(MAX, contentWidth + 2));
    }

    /** A character printed about twice as wide as a Latin one (Chinese, Japanese, Korean, full-width forms). */
    public static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F // CJK punctuation
                || cp >= 0xFF00 && cp <= 0xFF60; // full-width forms
    }
}
