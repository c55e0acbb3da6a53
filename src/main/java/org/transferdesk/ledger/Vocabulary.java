package org.transferdesk.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.transferdesk.common.Labeled;

/** Enum values as a clerk writes them: Chinese label, English label or the constant's name. */
final class Vocabulary {
    private Vocabulary() {
    }

    static <E extends Enum<E> & Labeled> E parse(Class<E> type, String text) {
        try {
            return Labeled.parse(type, text).orElse(null);
        } catch (MissingResourceException e) {
            // A label missing from a bundle must not break the import: the constant's name still works.
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst()
                    .orElse(null);
        }
    }

    /** "发明专利/实用新型/…" for messages. */
    static <E extends Enum<E> & Labeled> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labeled::label).collect(Collectors.joining("/"));
    }
}
