package org.transferdesk.audit;

import java.util.Optional;

/**
 * How users read the audit rows of one entity: the label of each field and the display of its stored values.
 * Each feature supplies its own (issue 24 item 1), registered at composition, so {@code audit} knows no feature
 * (issue 23 item 2: no feature cycles).
 */
public interface AuditLabels {
    /** The entity name the audit log records, e.g. {@code "deal"}. */
    String entity();

    /** The label of a field this feature writes to the entity's rows; empty when the field is not its own. */
    Optional<String> label(String field);

    /** A stored (non-null) value of a field {@link #label} knows, as users read it. */
    String display(String field, String value);

    /**
     * Whether the field holds a record's child rows (instalments, receipts, inventors …) as one text, the rows joined
     * by {@link #ITEM_SEPARATOR}: the history then reads which rows a save added and removed, not the whole list twice.
     */
    default boolean listed(String field) {
        return false;
    }

    /**
     * The record a field's stored id names (a foreign-key column of the rows the shared database audits), whose
     * name the history shows instead of the id; empty for a field that holds no id.
     */
    default java.util.Optional<RecordReference> reference(String field) {
        return java.util.Optional.empty();
    }

    /** How the features join a list field's rows. */
    String ITEM_SEPARATOR = "; ";
}
