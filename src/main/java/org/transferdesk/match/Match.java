package org.transferdesk.match;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;

/**
 * One ranked match: a result for a need, or a need for a result ({@code code} is the result's number or the need's
 * company). {@code share} is the score relative to the best match of the same search (1 for the best), for the score
 * bar; {@code terms} the words of the query found in the match, as the query wrote them, {@code fields} where they
 * were found, {@code ipcSubclass} the IPC subclass both share ("" for none).
 */
public record Match(long id, String code, String title, float score, double share, List<String> terms,
                    Set<MatchField> fields, boolean sameField, String ipcSubclass) {
    public Match {
        terms = List.copyOf(terms);
        fields = Set.copyOf(fields);
    }

    /** Why it scored, in one or two short sentences of the user's language. */
    public String explanation() {
        StringBuilder why = new StringBuilder(I18n.t("match.why",
                terms.stream().map(t -> I18n.t("match.term", t)).collect(Collectors.joining(I18n.t("match.listSeparator"))),
                fields.stream().sorted().map(MatchField::label).collect(Collectors.joining(I18n.t("match.listSeparator")))));
        if (sameField) {
            why.append(I18n.t("match.whyField"));
        }
        if (!ipcSubclass.isEmpty()) {
            why.append(I18n.t("match.whyIpc", ipcSubclass));
        }
        return why.toString();
    }
}
