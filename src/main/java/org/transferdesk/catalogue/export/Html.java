package org.transferdesk.catalogue.export;

/**
 * Text into HTML. Everything the office typed (a title with {@code <script>} or {@code &}) goes through here, so the
 * page shows it as text and runs nothing; attribute values are double-quoted, so the quote is escaped too.
 */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    // C0 controls other than tab/newline are not allowed in HTML text; they are typing accidents
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }

    /**
     * JSON inside a {@code <script>} block: {@code <}, {@code >} and {@code &} only ever occur inside JSON strings,
     * where their \\u escapes mean the same, so no {@code </script>} or comment opener in a title ends the block.
     */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
