package org.transferdesk.outreach.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.db.Database;
import org.transferdesk.db.jooq.Tables;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.outreach.CompanyRef;
import org.transferdesk.outreach.ContactEntry;
import org.transferdesk.outreach.ContactWay;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.Lead;
import org.transferdesk.outreach.LeadStatus;
import org.transferdesk.outreach.OutreachEvent;

/**
 * Issue 25: an event is written and read back whole (results, companies, leads with their deal), replaced in one
 * save at the version read, counted by the year it starts; contact logs and their open next steps; a merge of two
 * counterparties keeps their outreach. On H2, and on PostgreSQL when TRANSFERDESK_TEST_PG_URL is set.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class OutreachRepositoryTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
    private OutreachRepository repo;
    private List<Long> results;
    private List<Long> companies;
    private long deal;

    @BeforeEach
    void setUp(Database db) {
        new DemoService(new DemoWriter(db.dsl()), TestDatabase.CLOCK).fill(10, 5, ProgressSink.NONE);
        repo = new OutreachRepository(db.dsl());
        var counterparties = new org.transferdesk.deal.CounterpartyService(new CounterpartyRepository(db.dsl()),
                TestDatabase.CLOCK);
        counterparties.save(org.transferdesk.deal.Counterparty.create("陕西某某新材料有限公司"));
        counterparties.save(org.transferdesk.deal.Counterparty.create("西安某某智能装备有限公司"));
        results = db.dsl().select(Tables.DISCLOSURE.ID).from(Tables.DISCLOSURE).orderBy(Tables.DISCLOSURE.ID)
                .fetch(Tables.DISCLOSURE.ID);
        companies = db.dsl().select(Tables.COUNTERPARTY.ID).from(Tables.COUNTERPARTY)
                .orderBy(Tables.COUNTERPARTY.ID).fetch(Tables.COUNTERPARTY.ID);
        deal = db.dsl().select(Tables.DEAL.ID).from(Tables.DEAL).limit(1).fetchOne().value1();
    }

    private OutreachEvent event(LocalDate start) {
        return new OutreachEvent(null, "新材料路演", EventKind.ROADSHOW, start, start.plusDays(1), "西安", "科技厅", false,
                "备注", List.of(new ResultRef(results.get(0), "", ""), new ResultRef(results.get(1), "", "")),
                List.of(new CompanyRef(companies.get(0), ""), new CompanyRef(companies.get(1), "")),
                List.of(new Lead(null, companies.get(0), "", results.get(0), null, "有意向", LeadStatus.WON, deal, null),
                        new Lead(null, companies.get(1), "", null, null, null, LeadStatus.NEW, null, null)), 0);
    }

    @Test
    void anEvent_isReadBackWhole_andReplacedInOneSave() {
        OutreachEvent saved = repo.save(event(LocalDate.of(2026, 5, 10)), "clerk", NOW);
        assertThat(saved.results()).extracting(ResultRef::disclosureId)
                .containsExactlyInAnyOrder(results.get(0), results.get(1));
        assertThat(saved.results()).allMatch(r -> !r.resultNo().isEmpty() && r.title() != null);
        assertThat(saved.companies()).extracting(CompanyRef::id)
                .containsExactlyInAnyOrder(companies.get(0), companies.get(1));
        assertThat(saved.leads()).extracting(Lead::status).containsExactly(LeadStatus.WON, LeadStatus.NEW);
        assertThat(saved.leads().get(0).dealNo()).isNotBlank();
        assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2026, 5, 11));

        OutreachEvent changed = repo.save(new OutreachEvent(saved.id(), "新材料路演（二场）", EventKind.FAIR,
                saved.startsOn(), null, null, null, true, null, saved.results().subList(0, 1), List.of(),
                List.of(), saved.version()), "clerk", NOW.plusHours(1));
        assertThat(changed.results()).hasSize(1);
        assertThat(changed.companies()).isEmpty();
        assertThat(changed.leads()).isEmpty();
        assertThat(changed.online()).isTrue();
        assertThatThrownBy(() -> repo.save(saved, "clerk", NOW.plusHours(2)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(repo.summaries()).singleElement().satisfies(s -> assertThat(s.results()).isEqualTo(1));
    }

    @Test
    void theYear_runsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember() {
        for (LocalDate d : List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1))) {
            repo.save(event(d), "clerk", NOW);
        }
        assertThat(repo.eventsOfYear(2026)).extracting(OutreachEvent::startsOn)
                .containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1));
    }

    @Test
    void theContactLog_keepsItsEntries_andListsTheOpenNextSteps() {
        long company = companies.get(0);
        repo.save(new ContactEntry(null, company, LocalDate.of(2026, 11, 1), ContactWay.VISIT, "陈晓梅", "王经理",
                "介绍成果", "发送方案", LocalDate.of(2026, 11, 20), false, 0), "clerk", NOW);
        ContactEntry done = repo.save(new ContactEntry(null, company, LocalDate.of(2026, 10, 1), ContactWay.PHONE,
                "刘建国", null, "电话回访", "回访", LocalDate.of(2026, 10, 8), false, 0), "clerk", NOW);
        repo.save(new ContactEntry(done.id(), company, done.contactedOn(), done.way(), done.who(), null,
                done.summary(), done.nextStep(), done.nextDue(), true, done.version()), "clerk", NOW);
        assertThat(repo.contacts(company)).extracting(ContactEntry::contactedOn)
                .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 1));
        assertThat(repo.openNextSteps()).singleElement().satisfies(s -> {
            assertThat(s.step()).isEqualTo("发送方案");
            assertThat(s.counterparty()).isNotBlank();
        });
    }

    @Test
    void aMerge_keepsTheEventsAndTheLogOfTheCounterpartyMergedAway(Database db) {
        OutreachEvent saved = repo.save(event(LocalDate.of(2026, 5, 10)), "clerk", NOW);
        repo.save(new ContactEntry(null, companies.get(1), LocalDate.of(2026, 11, 1), ContactWay.EMAIL, "陈晓梅", null,
                "邮件", null, null, false, 0), "clerk", NOW);
        new CounterpartyRepository(db.dsl()).merge(companies.get(0), companies.get(1), "clerk", NOW);
        assertThat(repo.event(saved.id()).orElseThrow().companies()).extracting(CompanyRef::id)
                .containsExactly(companies.get(0));
        assertThat(repo.contacts(companies.get(0))).hasSize(1);
    }
}
