package org.transferdesk.audit;

import java.time.LocalDateTime;
import java.util.List;

/** One append-only audit row: who changed which record when, field by field. */
public record AuditEntry(LocalDateTime at, String actor, String entity, long entityId, AuditAction action,
                         List<FieldChange> changes) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
