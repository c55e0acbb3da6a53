package org.transferdesk.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditAnchors;
import org.transferdesk.audit.AuditChain;
import org.transferdesk.audit.AuditChainTest;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditProblem;
import org.transferdesk.audit.AuditService;
import org.transferdesk.audit.AuditVerification;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;

/**
 * The audit trail's hash chain on the database (issue 22): the database chains every row whoever writes it, refuses
 * to change or remove one, and {@code verify} names the row a superuser changed or removed behind its back; a chain
 * rewritten and rehashed is caught against an earlier export's anchor.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class AuditChainRepositoryTest {
    private static final LocalDateTime AT = LocalDateTime.now(TestDatabase.CLOCK);

    @TempDir
    Path tmp;

    private Database db;
    private AuditChainRepository chain;
    private AuditService audit;

    @BeforeEach
    void setUp(Database db) {
        this.db = db;
        chain = new AuditChainRepository(db.dsl());
        audit = new AuditService(chain, new AuditRepository(db.dsl()), TestDatabase.CLOCK);
    }

    private void append(int n, String actor) {
        for (int i = 0; i < n; i++) {
            AuditRepository repo = new AuditRepository(db.dsl());
            repo.appendNow(new AuditEntry(AT.plusNanos(123_456_789L), actor, "person", i, AuditAction.UPDATE,
                    List.of(new FieldChange("name", "张三" + i, "李四😀"))));
        }
    }

    private List<Record> rows() {
        return db.dsl().select(AUDIT_LOG.ID, AuditChainRepository.SEQ, AuditChainRepository.ROW_HASH).from(AUDIT_LOG)
                .orderBy(AuditChainRepository.SEQ).fetch().stream().map(r -> (Record) r).toList();
    }

    /** Runs {@code sql} with the audit triggers off, as a superuser (or whoever holds the H2 file) can. */
    private void behindTheTriggersBack(String... sql) {
        db.dsl().transaction(c -> {
            DSLContext tx = c.dsl();
            if (TestDatabase.onPostgres()) {
                tx.execute("SET LOCAL session_replication_role = replica");
            } else {
                tx.execute("DROP TRIGGER IF EXISTS audit_log_append_only");
                tx.execute("DROP TRIGGER IF EXISTS audit_log_chain");
            }
            for (String s : sql) {
                tx.execute(s);
            }
        });
    }

    @Test
    void aFreshChain_ofManyRowsFromSeveralFeatures_verifies() {
        new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, ProgressSink.NONE);
        append(3, "clerk");
        AuditVerification result = audit.verify();
        assertThat(result.firstProblem()).isEmpty();
        long rows = db.dsl().fetchCount(AUDIT_LOG);
        assertThat(rows).isGreaterThan(30);
        assertThat(result.rowsChecked()).isEqualTo(rows);
        assertThat(result.latest().seq()).isEqualTo(rows);
        assertThat(result.latest()).isEqualTo(audit.latest());
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.in("person", "deal", "disclosure")))
                .isGreaterThan(0);
        // the time is stored to the microsecond, which is what the hash covers
        assertThat(db.dsl().select(AUDIT_LOG.OCCURRED_AT).from(AUDIT_LOG).where(AUDIT_LOG.ACTOR.eq("clerk"))
                .limit(1).fetchOne(AUDIT_LOG.OCCURRED_AT)).isEqualTo(AT.plusNanos(123_456_000L));
    }

    @Test
    void theDatabase_overwritesWhateverTheClientSaysOfThePlaceAndHashes() {
        append(2, "clerk");
        db.dsl().insertInto(AUDIT_LOG).set(AUDIT_LOG.OCCURRED_AT, AT).set(AUDIT_LOG.ACTOR, "forger")
                .set(AUDIT_LOG.ENTITY, "person").set(AUDIT_LOG.ENTITY_ID, 1L).set(AUDIT_LOG.ACTION, "UPDATE")
                .set(AUDIT_LOG.CHANGES, "[]").set(AuditChainRepository.SEQ, 99L)
                .set(AuditChainRepository.PREV_HASH, AuditChainTest.HEX)
                .set(AuditChainRepository.ROW_HASH, AuditChainTest.HEX).execute();
        assertThat(audit.verify().firstProblem()).isEmpty();
        assertThat(audit.latest().seq()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"update audit_log set actor = 'x'", "delete from audit_log"})
    void changingOrRemovingAnAuditRow_isRefused_evenForTheOwner(String sql) {
        append(2, "clerk");
        assertThatThrownBy(() -> db.dsl().execute(sql)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(audit.verify().firstProblem()).isEmpty();
        assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(2);
    }

    @Test
    void truncatingTheAuditLog_isRefused_onPostgresql() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "a statement trigger on TRUNCATE is PostgreSQL's");
        append(1, "clerk");
        assertThatThrownBy(() -> db.dsl().execute("truncate audit_log")).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only")
                .satisfies(e -> assertThat(((DataAccessException) e).sqlState()).isEqualTo("42501"));
    }

    @Test
    void aRowChangedByASuperuser_isNamed() {
        append(5, "clerk");
        Record third = rows().get(2);
        behindTheTriggersBack("update audit_log set changes = '[]' where id = " + third.get(AUDIT_LOG.ID));
        AuditVerification result = audit.verify();
        AuditProblem problem = result.firstProblem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(AuditProblem.Kind.CHANGED);
        assertThat(problem.seq()).isEqualTo(3);
        assertThat(problem.id()).isEqualTo(third.get(AUDIT_LOG.ID));
        assertThat(problem.entity()).isEqualTo("person");
        assertThat(problem.actor()).isEqualTo("clerk");
        assertThat(result.problems()).isEqualTo(1);
    }

    @Test
    void aRowRemovedByASuperuser_isNamedAsMissing() {
        append(5, "clerk");
        behindTheTriggersBack("delete from audit_log where id = " + rows().get(1).get(AUDIT_LOG.ID));
        AuditProblem problem = audit.verify().firstProblem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(AuditProblem.Kind.MISSING);
        assertThat(problem.seq()).isEqualTo(2);
    }

    @Test
    void aChainRewrittenAndRehashed_verifiesByItself_butNotAgainstAnEarlierAnchor() throws Exception {
        append(3, "clerk");
        Path export = tmp.resolve("ledger");
        Files.createDirectories(export);
        AuditAnchors.writeToFolder(export, audit.latest());
        append(2, "clerk");
        assertThat(audit.verifyAgainst(export).firstProblem()).isEmpty();

        // rewrite row 2 and rehash it and every row after it, the head too
        List<String> sql = new ArrayList<>();
        String prev = rows().get(0).get(AuditChainRepository.ROW_HASH);
        var stored = db.dsl().select(AUDIT_LOG.ID, AuditChainRepository.SEQ, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR,
                        AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.CHANGES,
                        AuditChainRepository.ORIGIN)
                .from(AUDIT_LOG).where(AuditChainRepository.SEQ.ge(2L)).orderBy(AuditChainRepository.SEQ).fetch();
        for (var r : stored) {
            String changes = r.value2() == 2 ? "[]" : r.value8();
            String hash = AuditChain.hash(new AuditChain.Link(r.value2(), r.value3(), r.value4(), r.value5(),
                    r.value6(), r.value7(), changes, r.value9(), prev));
            sql.add("update audit_log set changes = '" + changes + "', prev_hash = '" + prev + "', row_hash = '" + hash
                    + "' where id = " + r.value1());
            prev = hash;
        }
        sql.add("update audit_chain_head set row_hash = '" + prev + "'");
        behindTheTriggersBack(sql.toArray(String[]::new));

        assertThat(audit.verify().firstProblem()).as("a consistent rewrite").isEmpty();
        AuditProblem problem = audit.verifyAgainst(export).firstProblem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(AuditProblem.Kind.ANCHOR);
        assertThat(problem.seq()).isEqualTo(3);
    }

    @Test
    void twoConnectionsAppendingAtOnce_makeOneUnbrokenChain() throws Exception {
        try (Database second = TestDatabase.secondConnection(db)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (Database d : List.of(db, second)) {
                    AuditRepository repo = new AuditRepository(d.dsl());
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            repo.appendNow(new AuditEntry(AT, d == db ? "one" : "two", "deal", i, AuditAction.UPDATE,
                                    List.of(new FieldChange("n", null, Integer.toString(i)))));
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        AuditVerification result = audit.verify();
        assertThat(result.firstProblem()).isEmpty();
        assertThat(result.rowsChecked()).isEqualTo(80);
        assertThat(result.latest().seq()).isEqualTo(80);
    }

    @Test
    void theServersHashFunction_givesThePinnedDigests() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "audit_chain_hash is the PostgreSQL twin of AuditChain");
        for (String line : AuditChainTest.CASES.strip().split("\n")) {
            String[] f = line.split("\\|");
            AuditChain.Link link = AuditChainTest.link(Long.parseLong(f[0].strip()), f[1].strip(), f[2].strip(),
                    f[3].strip(), Long.parseLong(f[4].strip()), f[5].strip(), f[6].strip(), f[7].strip(), f[8].strip());
            String server = db.dsl().fetchValue("select audit_chain_hash(?, ?, ?, ?, ?, ?, ?, ?, ?)", link.seq(),
                    link.at(), link.actor(), link.entity(), link.entityId(), link.action(), link.changes(),
                    link.origin(), link.prevHash()).toString();
            assertThat(server).as(line).isEqualTo(f[9].strip()).isEqualTo(AuditChain.hash(link));
        }
    }
}
