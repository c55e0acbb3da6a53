package org.transferdesk.demo.persistence;

import org.transferdesk.db.BatchInserter;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;

/**
 * The batched equivalent of {@code AuditRepository.append} for created records: same columns, same JSON
 * (a list of {field, before, after}), action IMPORT. Appending row by row would cost a round trip per
 * record, which is most of the time for 100,000 results.
 */
final class DemoAuditWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BatchInserter insert;
    private final String actor;
    private final LocalDateTime now;

    DemoAuditWriter(DSLContext tx, String actor, LocalDateTime now, int batchSize) {
        this.insert = new BatchInserter(tx, batchSize, AUDIT_LOG, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR,
                AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.CHANGES);
        this.actor = actor;
        this.now = now;
    }

    void created(String entity, long id, Map<String, Object> fields) {
        try {
            insert.add(now, actor, entity, id, AuditAction.IMPORT.name(),
                    JSON.writeValueAsString(AuditDiff.between(Map.of(), fields)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        insert.flush();
    }
}
