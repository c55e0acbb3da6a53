package org.transferdesk.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule ids a message names (a refused save citing R-TAX58, a problem citing R-PILOT-MODEL), found so that each can
 * be shown as a link to its paragraph. Plain code: no toolkit.
 */
public final class RuleMentions {
    /**
     * An id as the rule book writes them (R-NET, R-45-TECH, R-TAX58-FILING), standing alone: not inside a longer
     * word or id of ASCII letters, digits and hyphens. Chinese text and punctuation around it are boundaries.
     */
    private static final Pattern RULE_ID = Pattern.compile("(?<![A-Za-z0-9-])R-[A-Z0-9]+(?:-[A-Z0-9]+)*(?![A-Za-z0-9-])");

    /** A piece of a message: plain text, or a rule id the rule book defines. */
    public record Part(String text, boolean rule) {
    }

    private RuleMentions() {
    }

    /**
     * {@code message} cut into plain text and the ids {@code known} (those the rule book defines) accepts, in order;
     * an id the book does not define stays in the plain text. One plain part when nothing is cited.
     */
    public static List<Part> split(String message, Predicate<String> known) {
        List<Part> parts = new ArrayList<>();
        if (message == null || message.isEmpty()) {
            return parts;
        }
        Matcher m = RULE_ID.matcher(message);
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (m.find()) {
            if (!known.test(m.group())) {
                continue;
            }
            plain.append(message, at, m.start());
            if (plain.length() > 0) {
                parts.add(new Part(plain.toString(), false));
                plain.setLength(0);
            }
            parts.add(new Part(m.group(), true));
            at = m.end();
        }
        plain.append(message.substring(at));
        if (plain.length() > 0) {
            parts.add(new Part(plain.toString(), false));
        }
        return parts;
    }

    /** Whether {@code message} cites a rule {@code known} accepts. */
    public static boolean citesAny(String message, Predicate<String> known) {
        return split(message, known).stream().anyMatch(Part::rule);
    }
}
