package org.transferdesk.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.demo.DemoData;
import org.transferdesk.demo.DemoDataGenerator;
import org.transferdesk.demo.DemoService;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

/**
 * Issue 19: a demo killed after its first transaction (people, results and deals written; rewards, pilots, deadlines
 * and registers not yet) is made anew by the next {@code demo}; a database with real records is never wiped.
 */
@Tag(TestDatabase.TAG)
class UnfinishedDemoTest {
    @AutoClose
    private final Database db = TestDatabase.fresh();
    private final DemoWriter writer = new DemoWriter(db.dsl());
    private final DemoService demo = new DemoService(writer, TestDatabase.CLOCK);

    /** What a demo killed between its first transaction and its end leaves behind. */
    private void firstStepOnly(int people, int results) {
        DemoData data = new DemoDataGenerator(DemoService.DEFAULT_SEED).generate(people, results,
                LocalDate.now(TestDatabase.CLOCK));
        writer.write(data, "test", LocalDateTime.now(TestDatabase.CLOCK), ProgressSink.NONE);
    }

    @Test
    void aDemoKilledAfterItsFirstStep_isMarked_andTheNextDemoMakesItAnew() {
        long auditBefore = db.dsl().fetchCount(AUDIT_LOG);
        firstStepOnly(40, 60);
        assertThat(writer.unfinished()).isTrue();
        assertThat(demo.isEmpty()).as("a half-made demo may be made again").isTrue();
        assertThat(demo.unfinished()).isTrue();

        demo.fill(20, 30, ProgressSink.NONE);

        assertThat(writer.unfinished()).isFalse();
        assertThat(demo.isEmpty()).isFalse();
        // the first attempt's records are gone: exactly what a demo on an empty database makes
        assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(20);
        assertThat(db.dsl().fetchCount(DISCLOSURE)).isEqualTo(30);
        try (Database clean = TestDatabase.fresh()) {
            new DemoService(new DemoWriter(clean.dsl()), TestDatabase.CLOCK).fill(20, 30, ProgressSink.NONE);
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isEqualTo(clean.dsl().fetchCount(DEPARTMENT));
            // issue 22: the audit trail is append-only, so the first attempt's history stays, and the chain holds
            assertThat(db.dsl().fetchCount(AUDIT_LOG) - auditBefore)
                    .as("the first attempt's history stays").isGreaterThan(clean.dsl().fetchCount(AUDIT_LOG)
                            - auditBefore);
            assertThat(new org.transferdesk.audit.persistence.AuditChainRepository(db.dsl()).verify().intact())
                    .isTrue();
        }
    }

    /**
     * The crash suite's case: a demo killed after it set the unit profile (a kept setting) was made again, the redo
     * set the same values (no change, so no audit row), and the wipe had deleted the first audit row: the setting
     * stayed changed without its history.
     */
    @Test
    void aSettingTheInterruptedDemoChanged_keepsItsHistory_throughTheRedo() {
        firstStepOnly(20, 30);
        new org.transferdesk.settings.persistence.PolicySettingRepository(db.dsl()).putAll(
                java.util.Map.of("unit.province", "61"), LocalDate.of(2000, 1, 1), "test",
                LocalDateTime.now(TestDatabase.CLOCK));

        demo.fill(20, 30, ProgressSink.NONE);

        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("policy_setting")))
                .as("the setting's change keeps its audit row").isEqualTo(1);
        // the interrupted attempt's 20 and the redo's 20: audit rows are never deleted (issue 22)
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("person"))).isEqualTo(40);
    }

    @Test
    void aFinishedDemo_isNotMarked_andIsNeverWiped() {
        demo.fill(20, 30, ProgressSink.NONE);

        assertThat(writer.unfinished()).isFalse();
        assertThatThrownBy(() -> demo.fill(20, 30, ProgressSink.NONE)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("demo.notEmpty");
        assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(20);
    }

    @Test
    void aRealDatabase_isRefused_andKeepsEveryRecord() {
        new PersonRepository(db.dsl()).save(Person.create("T001", "张三"), "test", LocalDateTime.now(TestDatabase.CLOCK));

        assertThat(demo.isEmpty()).isFalse();
        assertThat(demo.unfinished()).isFalse();
        assertThatThrownBy(() -> demo.fill(20, 30, ProgressSink.NONE)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("demo.notEmpty");
        assertThatThrownBy(() -> firstStepOnly(20, 30)).isInstanceOf(UserFacingException.class);
        assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(1);
        assertThat(writer.unfinished()).isFalse();
    }

    @Test
    void theWipe_deletesChildrenBeforeTheirParents_andKeepsTheOfficesSettings() {
        var order = UnfinishedDemo.childrenFirst(org.transferdesk.db.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables())
                .stream().map(t -> t.getName()).toList();
        assertThat(order).doesNotContain("app_meta", "policy_setting", "work_calendar_day", "report_year", "audit_log");
        assertThat(order.indexOf("inventor")).isLessThan(order.indexOf("person"));
        assertThat(order.indexOf("person")).isLessThan(order.indexOf("department"));
        assertThat(order.indexOf("distribution_line")).isLessThan(order.indexOf("distribution"));
        assertThat(order.indexOf("deal_result")).isLessThan(order.indexOf("deal"));
    }

    @Test
    void anInterruptedDemo_withARecordSavedSince_becomesTheOfficesRecords_andIsNeverWiped() {
        firstStepOnly(20, 30);
        long before = demo.lastAudit();
        demo.keepIfWrittenSince(before);
        assertThat(demo.unfinished()).as("nothing saved since: still the demo's to redo").isTrue();

        new PersonRepository(db.dsl()).save(Person.create("T001", "张三"), "test", LocalDateTime.now(TestDatabase.CLOCK));
        demo.keepIfWrittenSince(before);

        assertThat(demo.unfinished()).isFalse();
        assertThat(demo.isEmpty()).isFalse();
        assertThatThrownBy(() -> demo.fill(5, 10, ProgressSink.NONE)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("demo.notEmpty");
        assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(20 + 1);
    }

    @Test
    void anInterruptedDemo_theClerkDeclinesToRedo_isKept_andNeverWiped() {
        firstStepOnly(20, 30);

        demo.keep();

        assertThat(demo.unfinished()).isFalse();
        assertThatThrownBy(() -> firstStepOnly(5, 10)).isInstanceOf(UserFacingException.class);
        assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(20);
    }

    @Test
    void keepIfWrittenSince_onADatabaseWithoutTheMark_changesNothing() {
        demo.fill(5, 10, ProgressSink.NONE);
        long before = demo.lastAudit();
        assertThat(before).isPositive();
        demo.keepIfWrittenSince(before - 1);
        assertThat(demo.unfinished()).isFalse();
        assertThat(demo.lastAudit()).isEqualTo(before);
    }
}
