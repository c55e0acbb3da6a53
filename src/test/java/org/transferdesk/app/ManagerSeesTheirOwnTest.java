package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.SignedIn;
import org.transferdesk.access.TestAccounts;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.audit.Actor;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.deal.ui.DealListViewModel;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.disclosure.ui.ResultEditorViewModel;
import org.transferdesk.disclosure.ui.ResultsListViewModel;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;

/**
 * Issue 22, end to end on the shared database: a technology manager signs in with their own PostgreSQL login through
 * the app's services, sees in the results and deal lists only what is assigned to them, and a result they create is
 * theirs. PostgreSQL only (the embedded database has one user); on H2 the class is skipped.
 */
@Tag(TestDatabase.TAG)
class ManagerSeesTheirOwnTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    private final String suffix = TestAccounts.uniqueSuffix();
    private final String manager = "manager_" + suffix;
    private final String colleague = "colleague_" + suffix;
    private Database owner;
    private Database asManager;
    private Person inventor;
    private String actorBefore;

    @BeforeEach
    void seed() {
        assumeTrue(TestDatabase.onPostgres(), "a technology manager's rows are PostgreSQL's row-level security");
        I18n.setLocale(I18n.CHINESE);
        actorBefore = Actor.current();
        owner = TestDatabase.fresh();
        TestAccounts.create(owner, manager, "张敏", Role.MANAGER);
        TestAccounts.create(owner, colleague, "李华", Role.MANAGER);
        inventor = new PersonRepository(owner.dsl()).save(Person.create("T001", "王芳"), "postgres", NOW);
        // numbers of another year than the one a new result is numbered in: the manager cannot see the others'
        result("R-2025-0001", "分配给张敏的成果", manager);
        result("R-2025-0002", "分配给李华的成果", colleague);
        result("R-2025-0003", "未分配的成果", null);
        deal("HT-2025-001", "分配给张敏的合同", manager);
        deal("HT-2025-002", "分配给李华的合同", colleague);
        deal("HT-2025-003", "未分配的合同", null);
        asManager = TestAccounts.openAs(owner, manager);
    }

    @AfterEach
    void close() {
        if (asManager != null) {
            asManager.close();
        }
        if (owner != null) {
            owner.close();
        }
        if (actorBefore != null) {
            Actor.signIn(actorBefore);
        }
    }

    private void result(String no, String title, String managerLogin) {
        new DisclosureRepository(owner.dsl()).save(DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED)
                .resultNo(no).title(title).disclosedOn(LocalDate.of(2025, 3, 1)).managerLogin(managerLogin).build(),
                "postgres", NOW);
    }

    private void deal(String no, String title, String managerLogin) {
        new DealRepository(owner.dsl()).save(DealBuilder.toBuilder(org.transferdesk.deal.Deal.draft(DealMode.LICENSE))
                .contractNo(no).title(title).contractAmount(new BigDecimal("1000.00")).managerLogin(managerLogin)
                .build(), "postgres", NOW);
    }

    @Test
    void aTechnologyManagerListsOnlyTheirRecords_andTheResultTheySaveIsTheirs() {
        AccountService accounts = new AccountService(new AccountRepository(asManager.dsl()), TestDatabase.CLOCK, true);
        SignedIn who = accounts.signIn();
        assertThat(who.role()).isEqualTo(Role.MANAGER);
        assertThat(who.displayName()).isEqualTo("张敏");

        AuditRepository audit = new AuditRepository(asManager.dsl());
        DisclosureService disclosures = new DisclosureService(new DisclosureRepository(asManager.dsl()), audit,
                TestDatabase.CLOCK);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        DataEvents events = new DataEvents();
        ResultsListViewModel results = new ResultsListViewModel(disclosures, executor, events);
        results.load();
        assertThat(results.rows()).extracting(r -> r.title() + " " + r.manager())
                .containsExactly("分配给张敏的成果 张敏");

        DealService deals = new DealService(new DealRepository(asManager.dsl()), new DealListQuery(asManager.dsl()),
                audit, new OfficeSettings(new PolicySettingRepository(asManager.dsl())), TestDatabase.CLOCK);
        DealListViewModel dealList = new DealListViewModel(deals, executor, events);
        dealList.load();
        assertThat(dealList.rows()).extracting(r -> r.title() + " " + r.manager())
                .containsExactly("分配给张敏的合同 张敏");

        PeopleService people = new PeopleService(new PersonRepository(asManager.dsl()),
                new DepartmentRepository(asManager.dsl()), new PersonEpisodeRepository(asManager.dsl()), audit,
                TestDatabase.CLOCK);
        ResultEditorViewModel editor = new ResultEditorViewModel(disclosures, people, id -> List.of(),
                new AccountAssignees(accounts), executor, new FakeDialogService(), events);
        editor.load(null, () -> { });
        assertThat(editor.manager().login()).isEqualTo(manager);
        assertThat(editor.manager().lockedProperty().get()).isTrue();
        editor.form().titleProperty().set("技术经理人登记的成果");
        editor.inventors().add(inventor);
        boolean[] saved = new boolean[1];
        editor.save(ok -> saved[0] = ok);
        assertThat(editor.problems()).isEmpty();
        assertThat(saved[0]).isTrue();

        Disclosure mine = new DisclosureRepository(owner.dsl()).findById(editor.current().id()).orElseThrow();
        assertThat(mine.managerLogin()).isEqualTo(manager);
        assertThat(mine.title()).isEqualTo("技术经理人登记的成果");
        results.load();
        assertThat(results.rows()).extracting(r -> r.title()).containsExactlyInAnyOrder("分配给张敏的成果",
                "技术经理人登记的成果");
    }

    @Test
    void numbersTheManagerCannotSeeAreStillTaken() {
        result("R-2026-0007", "李华今年的成果", colleague);
        DisclosureRepository mine = new DisclosureRepository(asManager.dsl());
        assertThat(mine.idOfResultNo("R-2026-0007")).isEmpty();
        assertThat(mine.resultNoTaken("R-2026-0007", null)).isTrue();
        assertThat(mine.highestSequence(2026)).isEqualTo(7);
        assertThat(new DealRepository(asManager.dsl()).contractNoTaken("HT-2025-002", null)).isTrue();
    }
}
