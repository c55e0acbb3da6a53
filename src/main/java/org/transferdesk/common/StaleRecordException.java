package org.transferdesk.common;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Optimistic locking: someone saved the record since it was opened. With several staff on one shared database
 * (issue 21) the clerk is told who saved it and when, as the audit trail has it, so they know whom to ask before
 * they load the saved version and make their changes again.
 */
public class StaleRecordException extends UserFacingException {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient String changedBy;
    private final transient LocalDateTime changedAt;

    /** When nobody can be named (a record without an audit trail). */
    public StaleRecordException(String entity, long id) {
        super("error.staleRecord", entity, id);
        this.changedBy = null;
        this.changedAt = null;
    }

    public StaleRecordException(String entity, long id, String changedBy, LocalDateTime changedAt) {
        super("error.staleRecordBy", entity, id, changedBy, AT.format(changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the record last, when known. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /** When they saved it (the application's clock on their PC), when known. */
    public Optional<LocalDateTime> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
