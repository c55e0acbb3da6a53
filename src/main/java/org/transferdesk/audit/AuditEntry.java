package org.transferdesk.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One append-only audit row: who changed which record when, field by field. {@code byDatabase}: written by the shared
 * database itself for a change the app described nothing of in that transaction, that is a change made outside
 * TransferDesk (issue 22, R-AUDIT-TRAIL); its fields are the table's columns.
 */
public record AuditEntry(LocalDateTime at, String actor, String entity, long entityId, AuditAction action,
                         List<FieldChange> changes, boolean byDatabase) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }

    public AuditEntry(LocalDateTime at, String actor, String entity, long entityId, AuditAction action,
                      List<FieldChange> changes) {
        this(at, actor, entity, entityId, action, changes, false);
    }
}
