package org.transferdesk.common;

/** Optimistic locking: someone saved the record since it was opened. */
public class StaleRecordException extends UserFacingException {
    public StaleRecordException(String entity, long id) {
        super("error.staleRecord", entity, id);
    }
}
