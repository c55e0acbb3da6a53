package org.transferdesk.audit;

import java.time.LocalDateTime;
import org.transferdesk.common.Labeled;

/**
 * The first thing wrong with the audit chain (issue 22): which kind, at which place, and the row it was found at
 * (its id, record, time and writer; {@code null} where no row is there, e.g. rows missing at the end).
 */
public record AuditProblem(Kind kind, long seq, Long id, String entity, Long entityId, LocalDateTime at,
                           String actor) {
    public enum Kind implements Labeled {
        /** The row's content no longer matches its hash: it was changed after it was written. */
        CHANGED,
        /** No row holds this place: it was removed (or rows at the end were). */
        MISSING,
        /** The row's previous hash is not the previous row's hash: the chain was cut and joined here. */
        RELINKED,
        /** A row without a place in the chain: written while the chain's trigger was off. */
        UNCHAINED,
        /** The head (the chain's latest place and hash) disagrees with the last row. */
        HEAD,
        /** The anchor an earlier backup or export recorded: this database's row at that place has another hash. */
        ANCHOR;

        @Override
        public String labelPrefix() {
            return "audit.problem";
        }
    }
}
