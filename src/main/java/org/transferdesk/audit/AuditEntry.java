package org.transferdesk.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One append-only audit row: who changed which record when, field by field. {@code byDatabase}: written by the shared
 * database itself for a change the app described nothing of in that transaction, that is a change made outside
 * TransferDesk (issue 22, R-AUDIT-TRAIL); its fields are the table's columns. {@code names}: the records its ids
 * refer to, read with the history so the UI thread never looks them up (issue 24 item 1).
 */
public record AuditEntry(LocalDateTime at, String actor, String entity, long entityId, AuditAction action,
                         List<FieldChange> changes, boolean byDatabase, RecordNames names) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }

    public AuditEntry(LocalDateTime at, String actor, String entity, long entityId, AuditAction action,
                      List<FieldChange> changes, boolean byDatabase) {
        this(at, actor, entity, entityId, action, changes, byDatabase, RecordNames.NONE);
    }

    public AuditEntry(LocalDateTime at, String actor, String entity, long entityId, AuditAction action,
                      List<FieldChange> changes) {
        this(at, actor, entity, entityId, action, changes, false);
    }

    public AuditEntry withNames(RecordNames read) {
        return new AuditEntry(at, actor, entity, entityId, action, changes, byDatabase, read);
    }
}
