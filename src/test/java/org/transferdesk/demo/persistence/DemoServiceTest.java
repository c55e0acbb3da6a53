package org.transferdesk.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE_STATUS_CHANGE;
import static org.transferdesk.db.jooq.Tables.INVENTOR;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.demo.DemoData;
import org.transferdesk.demo.DemoDataGenerator;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.Department;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class DemoServiceTest {
    private static final long SEED = 99;
    private static final LocalDate TODAY = LocalDate.now(TestDatabase.CLOCK);

    @AutoClose
    private final Database db = TestDatabase.fresh();
    private final DemoService demo = new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK);
    private final DisclosureService disclosures = new DisclosureService(new DisclosureRepository(db.dsl()),
            new AuditRepository(db.dsl()), TestDatabase.CLOCK);

    private int count(org.jooq.Table<?> table) {
        return db.dsl().fetchCount(table);
    }

    @Test
    void fill_writesEveryRecord_withOneImportAuditRowEach() {
        assertThat(demo.isEmpty()).isTrue();

        DemoSummary summary = demo.fill(40, 50, SEED, ProgressSink.NONE);

        DemoSummary expected = new DemoDataGenerator(SEED).generate(40, 50, TODAY).summary();
        assertThat(summary).isEqualTo(expected);
        assertThat(count(DEPARTMENT)).isEqualTo(summary.departments());
        assertThat(count(PERSON)).isEqualTo(40);
        assertThat(count(DISCLOSURE)).isEqualTo(50);
        assertThat(count(INVENTOR)).isEqualTo(summary.inventors());
        assertThat(count(IP_ASSET)).isEqualTo(summary.ipAssets());
        assertThat(count(DISCLOSURE_STATUS_CHANGE)).isEqualTo(summary.statusChanges());
        assertThat(count(AUDIT_LOG)).isEqualTo(summary.departments() + 40 + 50 + summary.counterparties()
                + summary.deals());
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.ne(AuditAction.IMPORT.name()))).isZero();
        assertThat(demo.isEmpty()).isFalse();
    }

    @Test
    void everyResult_readsBackThroughTheRegister_asGenerated() {
        demo.fill(40, 50, SEED, ProgressSink.NONE);
        DemoData generated = new DemoDataGenerator(SEED).generate(40, 50, TODAY);
        DisclosureRepository repository = new DisclosureRepository(db.dsl());

        for (Disclosure want : generated.disclosures()) {
            long id = repository.idOfResultNo(want.resultNo()).orElseThrow();
            Disclosure got = disclosures.find(id).orElseThrow();

            assertThat(got).usingRecursiveComparison()
                    .ignoringFields("id", "departmentId", "version", "inventors.personId", "ipAssets.id", "history.by")
                    .isEqualTo(want);
            assertThat(got.history()).extracting(StatusChange::by).containsOnly(Actor.current());
            assertThat(got.departmentId()).isNotNull();
            // A demo result is an ordinary record: the editor could save it again as it is.
            assertThat(disclosures.validate(got)).isEmpty();
        }
    }

    @Test
    void everyDeal_readsBackThroughTheDealRepository_asGenerated() {
        demo.fill(60, 300, SEED, ProgressSink.NONE);
        DemoData generated = new DemoDataGenerator(SEED).generate(60, 300, TODAY);
        org.transferdesk.deal.persistence.DealRepository deals = new org.transferdesk.deal.persistence.DealRepository(db.dsl());

        assertThat(generated.deals()).isNotEmpty();
        assertThat(deals.count()).isEqualTo(generated.deals().size());
        assertThat(count(org.transferdesk.db.jooq.Tables.RECEIPT)).isEqualTo(generated.summary().receipts());
        for (org.transferdesk.deal.Deal want : generated.deals()) {
            long id = db.dsl().select(org.transferdesk.db.jooq.Tables.DEAL.ID).from(org.transferdesk.db.jooq.Tables.DEAL)
                    .where(org.transferdesk.db.jooq.Tables.DEAL.CONTRACT_NO.eq(want.contractNo())).fetchOne().value1();
            org.transferdesk.deal.Deal got = deals.findById(id).orElseThrow();
            assertThat(got).usingRecursiveComparison()
                    .ignoringFields("id", "counterpartyId", "version", "results.disclosureId", "approvals.id",
                            "instalments.id", "receipts.id", "costs.id", "equity.companyId")
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(want);
            assertThat(got.counterpartyId()).isNotNull();
        }
    }

    @Test
    void results_loadAsListRows_andPeopleKeepTheirSchoolsAndMaskedIdsInTheAudit() {
        demo.fill(40, 50, SEED, ProgressSink.NONE);

        List<DisclosureSummary> rows = new ArrayList<>();
        disclosures.loadSummaries(20, rows::addAll);
        assertThat(rows).hasSize(50);
        assertThat(rows).allSatisfy(r -> assertThat(r.inventors()).isNotBlank());
        assertThat(rows).extracting(DisclosureSummary::department).doesNotContainNull();

        PersonRepository people = new PersonRepository(db.dsl());
        Person person = people.findAll().stream().filter(p -> p.idNumber() != null).findFirst().orElseThrow();
        assertThat(person.departmentName()).endsWith("学院");
        List<AuditEntry> history = new AuditRepository(db.dsl()).history(PersonRepository.ENTITY, person.id());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.after()).isEqualTo(person.maskedIdNumber()));
            assertThat(e.changes()).noneSatisfy(c -> assertThat(c.after()).isEqualTo(person.idNumber()));
        });
        long resultId = rows.get(0).id();
        assertThat(disclosures.history(resultId)).singleElement()
                .satisfies(e -> assertThat(e.changes()).anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("resultNo");
                    assertThat(c.after()).isEqualTo(rows.get(0).resultNo());
                }));
    }

    @Test
    void secondFill_isRefused_andChangesNothing() {
        demo.fill(40, 50, SEED, ProgressSink.NONE);

        assertThatThrownBy(() -> demo.fill(10, 10, SEED + 1, ProgressSink.NONE))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("demo.notEmpty"));
        assertThat(count(PERSON)).isEqualTo(40);
        assertThat(count(DISCLOSURE)).isEqualTo(50);
    }

    @Test
    void writer_refusesANonEmptyDatabase_evenWhenTheServiceCheckWasPassed() {
        new PersonRepository(db.dsl()).save(Person.create("T001", "张三"), "test", LocalDateTime.now(TestDatabase.CLOCK));
        DemoData data = new DemoDataGenerator(SEED).generate(5, 5, TODAY);

        assertThatThrownBy(() -> new DemoWriter(db.dsl()).write(data, "test", LocalDateTime.now(TestDatabase.CLOCK),
                ProgressSink.NONE)).isInstanceOf(UserFacingException.class);
        assertThat(count(DISCLOSURE)).isZero();
    }

    @Test
    void cancelling_evenAfterTheLastRow_writesNothing() {
        ProgressSink cancelAtTheEnd = new ProgressSink() {
            private boolean finished;

            @Override
            public void progress(long done, long total, String message) {
                finished = done == total && total > 0;
            }

            @Override
            public boolean isCancelled() {
                return finished;
            }
        };

        assertThatThrownBy(() -> demo.fill(40, 50, SEED, cancelAtTheEnd)).isInstanceOf(CancellationException.class);

        assertThat(demo.isEmpty()).isTrue();
        assertThat(count(DEPARTMENT)).isZero();
        assertThat(count(AUDIT_LOG)).isZero();
        assertThat(count(IP_ASSET)).isZero();
    }

    @Test
    void progress_climbsToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        ProgressSink recording = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {
                assertThat(message).isNotBlank();
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        demo.fill(30, 4_500, SEED, recording);

        assertThat(reports).hasSizeGreaterThan(3);
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(4_530));
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(4_530);
    }

    @Test
    void existingDepartments_areReusedByName() {
        Department medicine = new DepartmentRepository(db.dsl()).save(Department.create("医学院"), "test",
                LocalDateTime.now(TestDatabase.CLOCK));

        DemoSummary summary = demo.fill(60, 20, SEED, ProgressSink.NONE);

        assertThat(count(DEPARTMENT)).isEqualTo(summary.departments());
        assertThat(new PersonRepository(db.dsl()).findAll()).filteredOn(p -> "医学院".equals(p.departmentName()))
                .isNotEmpty().allSatisfy(p -> assertThat(p.departmentId()).isEqualTo(medicine.id()));
    }
}
