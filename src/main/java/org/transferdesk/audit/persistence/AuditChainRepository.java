package org.transferdesk.audit.persistence;

import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;

import java.util.Optional;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.transferdesk.audit.AuditChain;
import org.transferdesk.audit.AuditVerification;

/**
 * Reads the audit chain (issue 22, migration V19). The chain's columns and head table are vendor migrations' (the
 * jOOQ classes are generated from the common ones only), so they are named here.
 */
public final class AuditChainRepository {
    static final Field<Long> SEQ = DSL.field(DSL.name("seq"), SQLDataType.BIGINT);
    static final Field<String> PREV_HASH = DSL.field(DSL.name("prev_hash"), SQLDataType.VARCHAR(64));
    static final Field<String> ROW_HASH = DSL.field(DSL.name("row_hash"), SQLDataType.VARCHAR(64));
    static final Field<String> ORIGIN = DSL.field(DSL.name("origin"), SQLDataType.VARCHAR(8));
    private static final Table<Record> HEAD = DSL.table(DSL.name("audit_chain_head"));
    private static final Field<Integer> HEAD_ID = DSL.field(DSL.name("id"), SQLDataType.INTEGER);
    private static final int FETCH = 2_000;

    private final DSLContext dsl;

    public AuditChainRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The chain's latest place and hash, as the head row holds them ({@link AuditChain.Anchor#EMPTY} for none). */
    public AuditChain.Anchor latest() {
        return head(dsl).orElse(AuditChain.Anchor.EMPTY);
    }

    private static Optional<AuditChain.Anchor> head(DSLContext ctx) {
        return ctx.select(SEQ, ROW_HASH).from(HEAD).where(HEAD_ID.eq(1))
                .fetchOptional(r -> new AuditChain.Anchor(r.value1(), r.value2()));
    }

    /** The stored hash of the row at place {@code seq}, if there is one. */
    public Optional<String> hashAt(long seq) {
        return dsl.select(ROW_HASH).from(AUDIT_LOG).where(SEQ.eq(seq)).fetchOptional(ROW_HASH);
    }

    /**
     * Recomputes the whole chain in seq order, streaming (a large ledger holds hundreds of thousands of rows), in
     * one repeatable-read transaction, so the head and the rows are of one moment whatever colleagues append meanwhile.
     */
    public AuditVerification verify() {
        return dsl.connectionResult(conn -> {
            int isolation = conn.getTransactionIsolation();
            boolean autoCommit = conn.getAutoCommit();
            conn.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            conn.setAutoCommit(false);
            try {
                return verify(DSL.using(conn, dsl.dialect(), dsl.settings()));
            } finally {
                conn.rollback();
                conn.setTransactionIsolation(isolation);
                conn.setAutoCommit(autoCommit);
            }
        });
    }

    private static AuditVerification verify(DSLContext tx) {
        AuditChain.Anchor headAtStart = head(tx).orElse(null);
        AuditChain.Checker checker = new AuditChain.Checker();
        try (Cursor<? extends Record> rows = tx.select(AUDIT_LOG.ID, SEQ, PREV_HASH, ROW_HASH, AUDIT_LOG.OCCURRED_AT,
                        AUDIT_LOG.ACTOR, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.CHANGES,
                        ORIGIN)
                .from(AUDIT_LOG).orderBy(SEQ.asc().nullsLast(), AUDIT_LOG.ID).fetchSize(FETCH).fetchLazy()) {
            for (Record r : rows) {
                checker.accept(new AuditChain.StoredRow(r.get(AUDIT_LOG.ID), r.get(SEQ), r.get(PREV_HASH),
                        r.get(ROW_HASH), r.get(AUDIT_LOG.OCCURRED_AT), r.get(AUDIT_LOG.ACTOR),
                        r.get(AUDIT_LOG.ENTITY), r.get(AUDIT_LOG.ENTITY_ID), r.get(AUDIT_LOG.ACTION),
                        r.get(AUDIT_LOG.CHANGES), r.get(ORIGIN)));
            }
        }
        return checker.finish(headAtStart);
    }
}
