package org.transferdesk.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.ui.HistoryTable;
import org.transferdesk.bootstrap.AuditLabelCatalog;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;

/**
 * Issue 24 item 1: a change the shared database audited itself names its foreign keys by the referenced record —
 * "对方 深圳某某科技有限公司", not "对方（编号）42" — read with the history, and a record deleted since reads
 * "(已删除) #42". On H2, and on PostgreSQL when the tests run there.
 */
@Tag(TestDatabase.TAG)
class ReferencedNamesHistoryTest {
    private static final AuditVocabulary ALL = AuditLabelCatalog.vocabulary();
    private Database db;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        dsl = db.dsl();
        I18n.setLocale(I18n.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCounterpartyIdReadsAsTheCompanysName() {
        long before = counterparty("广州旧对方有限公司");
        long after = counterparty("深圳某某科技有限公司");
        writtenByDatabase("deal", 7, "counterparty_id", before, after);

        assertThat(details("deal", 7)).isEqualTo("对方 广州旧对方有限公司→深圳某某科技有限公司");
    }

    @Test
    void aRecordDeletedSinceReadsAsDeletedWithItsId() {
        long kept = department("材料学院");
        long gone = department("已撤销学院");
        writtenByDatabase("person", 3, "department_id", gone, kept);
        dsl.deleteFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(gone)).execute();

        assertThat(details("person", 3)).isEqualTo("院系 (已删除) #" + gone + "→材料学院");
    }

    @Test
    void aDeletedOrNamedRecordReadsSoInEnglishToo() {
        long dept = department("School of Physics");
        writtenByDatabase("disclosure", 5, "department_id", null, dept);
        long deleted = dept + 1000;
        writtenByDatabase("distribution", 9, "deal_id", null, deleted);
        I18n.setLocale(I18n.ENGLISH);
        try {
            assertThat(details("disclosure", 5)).endsWith(" School of Physics");
            assertThat(details("distribution", 9)).endsWith(" (deleted) #" + deleted);
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }

    /** The history as the editors read it: in the background, then shown; the names came with the entries. */
    private String details(String entity, long id) {
        var entries = new AuditRepository(dsl).history(entity, id, ALL);
        return HistoryTable.lines(ALL, entries).get(0).details();
    }

    private long counterparty(String name) {
        return dsl.insertInto(COUNTERPARTY).set(COUNTERPARTY.NAME, name).set(COUNTERPARTY.NAME_KEY, name)
                .returningResult(COUNTERPARTY.ID).fetchOne().value1();
    }

    private long department(String name) {
        return dsl.insertInto(DEPARTMENT).set(DEPARTMENT.NAME, name).returningResult(DEPARTMENT.ID).fetchOne()
                .value1();
    }

    /** A row as V24's trigger writes it for a change made outside the app: the table's column, ids as text. */
    private void writtenByDatabase(String table, long rowId, String column, Long before, long after) {
        String json = "[{\"field\":\"" + column + "\",\"before\":" + (before == null ? "null" : "\"" + before + "\"")
                + ",\"after\":\"" + after + "\"}]";
        dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.OCCURRED_AT, LocalDateTime.of(2026, 11, 20, 9, 30))
                .set(AUDIT_LOG.ACTOR, "psql").set(AUDIT_LOG.ENTITY, table).set(AUDIT_LOG.ENTITY_ID, rowId)
                .set(AUDIT_LOG.ACTION, "UPDATE").set(AUDIT_LOG.CHANGES, json)
                .set(DSL.field(DSL.name("origin"), String.class), "DB").execute();
    }
}
