package org.transferdesk.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transferdesk.common.I18n;

/**
 * Every feature's {@link AuditLabels}, by entity. Several features may write to one entity's history (a pilot
 * case writes the owners of its result, fee payments a deal's costs): each brings the labels of its own fields.
 */
public final class AuditVocabulary {
    private static volatile AuditVocabulary installed = new AuditVocabulary(List.of());

    private final Map<String, List<AuditLabels>> byEntity = new LinkedHashMap<>();

    public AuditVocabulary(Collection<? extends AuditLabels> labels) {
        for (AuditLabels l : labels) {
            byEntity.computeIfAbsent(l.entity(), e -> new ArrayList<>()).add(l);
        }
    }

    /**
     * Made once by the composition root; history tables read it like {@link I18n}'s bundle. Until then (tests of
     * other features) fields read under their fallback label.
     */
    public static void install(AuditVocabulary vocabulary) {
        installed = vocabulary;
    }

    public static AuditVocabulary installed() {
        return installed;
    }

    /** The entities whose history the features label (the coverage tests ask which tables are theirs). */
    public java.util.Set<String> entities() {
        return java.util.Collections.unmodifiableSet(byEntity.keySet());
    }

    /** Whether a feature labels this field (the coverage tests ask). */
    public boolean knows(String entity, String field) {
        return owner(entity, field).isPresent();
    }

    public String label(String entity, String field) {
        return owner(entity, field).flatMap(l -> l.label(field))
                // never a bare identifier: a field no feature declared still says it is one
                .orElseGet(() -> I18n.t("history.otherField", field));
    }

    public String display(String entity, String field, String value) {
        if (value == null) {
            return "";
        }
        return owner(entity, field).map(l -> l.display(field, value)).orElseGet(() -> AuditFields.yesNo(value));
    }

    /** Whether the field holds child rows (see {@link AuditLabels#listed}). */
    public boolean listed(String entity, String field) {
        return owner(entity, field).map(l -> l.listed(field)).orElse(false);
    }

    /** The record a field's stored id names (see {@link AuditLabels#reference}). */
    public Optional<RecordReference> reference(String entity, String field) {
        return owner(entity, field).flatMap(l -> l.reference(field));
    }

    /** A stored value as {@link #display} shows it, an id by the name of the record it refers to. */
    public String display(AuditEntry entry, String field, String value) {
        if (value == null) {
            return "";
        }
        return reference(entry.entity(), field).map(r -> entry.names().shown(r, value))
                .orElseGet(() -> display(entry.entity(), field, value));
    }

    private Optional<AuditLabels> owner(String entity, String field) {
        return byEntity.getOrDefault(entity, List.of()).stream().filter(l -> l.label(field).isPresent()).findFirst();
    }
}
