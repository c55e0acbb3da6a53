package org.transferdesk.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transferdesk.common.I18n;

/**
 * The names of the records a history's ids refer to, read with the history (in the background, issue 24 item 1). A
 * table that was looked up and lacks the id had the record deleted since: it reads "(已删除) #42"; an id never looked
 * up (a history read without a database) reads "#42".
 */
public final class RecordNames {
    public static final RecordNames NONE = new RecordNames(Set.of(), Map.of());

    private final Set<String> tablesRead;
    private final Map<String, String> names;

    /** {@code names} by {@link #key}; {@code tablesRead}: the tables whose ids were all looked up. */
    public RecordNames(Set<String> tablesRead, Map<String, String> names) {
        this.tablesRead = Set.copyOf(tablesRead);
        this.names = Map.copyOf(names);
    }

    public static String key(String table, long id) {
        return table + "#" + id;
    }

    /** A stored id of a record of {@code reference}'s table, as the history shows it. */
    public String shown(RecordReference reference, String storedId) {
        Optional<Long> id = idOf(storedId);
        if (id.isEmpty()) {
            return storedId;
        }
        String name = names.get(key(reference.table(), id.get()));
        if (name != null) {
            return name;
        }
        return tablesRead.contains(reference.table()) ? I18n.t("auditRef.deleted", id.get().toString())
                : I18n.t("auditRef.unread", id.get().toString());
    }

    /** The id a stored value holds, if it is one (the database writes ids as their digits). */
    public static Optional<Long> idOf(String stored) {
        try {
            return Optional.of(Long.parseLong(stored.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
