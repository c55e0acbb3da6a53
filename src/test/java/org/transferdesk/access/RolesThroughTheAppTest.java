package org.transferdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.NotPermittedException;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;
import org.transferdesk.db.WriteFailures;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.persistence.DealListQuery;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.calendar.WorkCalendar;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.ResultOwnership;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * Issue 22: each role's everyday steps through the app's own services, connected with that role's login — the leader
 * approves a distribution and a deal, finance pays and records a receipt, each writing only what the step changes —
 * and the step a role may not take refused by PostgreSQL in words that name who may.
 */
@Tag(TestDatabase.TAG)
class RolesThroughTheAppTest {
    /** After the publicity of 2 to 23 November 2026 (R-PUB-REWARD), so approval and payment may follow. */
    private static final Clock CLOCK = TestDatabase.clockOn(LocalDate.of(2026, 12, 10));

    private Database owner;
    private final List<Database> opened = new ArrayList<>();
    private final String suffix = TestAccounts.uniqueSuffix();
    private Deal deal;
    private Distribution publicised;

    @BeforeEach
    void setUp() {
        assumeTrue(TestDatabase.onPostgres(), "roles are PostgreSQL's");
        owner = TestDatabase.fresh();
        for (Role role : List.of(Role.CLERK, Role.FINANCE, Role.LEADER)) {
            TestAccounts.create(owner, login(role), role.name(), role);
        }
        deal = new RewardFixture(owner.dsl()).e1Team(LeaderRole.NONE).e1Licence("E1R", true);
        DistributionService asOwner = distributions(owner);
        Distribution draft = asOwner.saveDraft(asOwner.proposeCash(deal.id(), List.of(deal.receipts().get(0).id()))
                .distribution());
        publicised = asOwner.publicise(draft.id(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23),
                "科奖公示〔2026〕1号");
    }

    @AfterEach
    void tearDown() {
        opened.forEach(Database::close);
        if (owner != null) {
            owner.close();
        }
    }

    private String login(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "_" + suffix;
    }

    private Database as(Role role) {
        Database db = TestAccounts.openAs(owner, login(role));
        opened.add(db);
        return db;
    }

    private static DistributionService distributions(Database db) {
        AuditRepository audit = new AuditRepository(db.dsl());
        return new DistributionService(new DistributionRepository(db.dsl()), new DealRepository(db.dsl()),
                new DisclosureService(new DisclosureRepository(db.dsl()), audit, CLOCK),
                new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()),
                        new PersonEpisodeRepository(db.dsl()), audit, CLOCK),
                date -> RewardPolicy.Preset.BEIJING.policy(), WorkCalendar::weekendsOnly, () -> true,
                ResultOwnership.UNIVERSITY_OWNED, audit, CLOCK);
    }

    private static DealService deals(Database db) {
        return new DealService(new DealRepository(db.dsl()), new DealListQuery(db.dsl()), new AuditRepository(db.dsl()),
                new OfficeSettings(new PolicySettingRepository(db.dsl())), CLOCK);
    }

    /** What the clerk is shown for {@code failure}: the roles that may. */
    private static List<Role> refusedFor(Throwable failure) {
        return WriteFailures.explain(failure).filter(NotPermittedException.class::isInstance)
                .map(e -> ((NotPermittedException) e).allowed()).orElseThrow(() -> new AssertionError(failure));
    }

    @Test
    void theLeaderApprovesWhatTheClerkMayNot() {
        assertThatThrownBy(() -> distributions(as(Role.CLERK)).approve(publicised.id(), LocalDate.of(2026, 12, 1),
                "校长办公会")).satisfies(e -> assertThat(refusedFor(e)).containsExactly(Role.LEADER, Role.ADMIN));
        Distribution approved = distributions(as(Role.LEADER)).approve(publicised.id(), LocalDate.of(2026, 12, 1),
                "校长办公会");
        assertThat(approved.status()).isEqualTo(DistributionStatus.APPROVED);
        assertThat(approved.lines()).isEqualTo(publicised.lines());
    }

    @Test
    void financePaysWhatTheClerkMayNot() {
        distributions(owner).approve(publicised.id(), LocalDate.of(2026, 12, 1), "校长办公会");
        assertThatThrownBy(() -> distributions(as(Role.CLERK)).pay(publicised.id(), Set.of(0), LocalDate.of(2026, 12, 5),
                "GZ-1")).satisfies(e -> assertThat(refusedFor(e)).containsExactly(Role.FINANCE, Role.ADMIN));
        Distribution paid = distributions(as(Role.FINANCE)).pay(publicised.id(), Set.of(0, 1), LocalDate.of(2026, 12, 5),
                "GZ-1");
        assertThat(paid.lines().get(0).paidOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(paid.lines().get(1).payrollRef()).isEqualTo("GZ-1");
        assertThat(paid.lines().get(2).paidOn()).isNull();
        assertThat(paid.lines()).extracting(l -> l.amount()).isEqualTo(publicised.lines().stream().map(l -> l.amount())
                .toList());
    }

    @Test
    void aDealsApprovalIsTheLeadersAndAReceiptIsFinances() {
        // a contract in negotiation: its publicity and approvals still to come (the fixture's is signed without them)
        owner.executeRaw("UPDATE deal SET status = 'DRAFT' WHERE id = " + deal.id());
        DealService asLeader = deals(as(Role.LEADER));
        Deal stored = asLeader.find(deal.id()).orElseThrow();
        List<Approval> approvals = new ArrayList<>(stored.approvals());
        approvals.add(new Approval(null, ApprovalTier.SCIENCE_OFFICE, "科研院", LocalDate.of(2026, 12, 2), "院务会 12 号",
                false));
        Deal approved = asLeader.save(DealBuilder.toBuilder(stored).approvals(approvals).build());
        assertThat(approved.approvals()).hasSize(stored.approvals().size() + 1);

        DealService asFinance = deals(as(Role.FINANCE));
        Deal current = asFinance.find(deal.id()).orElseThrow();
        List<Receipt> receipts = new ArrayList<>(current.receipts());
        receipts.add(new Receipt(null, LocalDate.of(2026, 12, 3), new BigDecimal("1000"), "PZ-9", null));
        Deal received = asFinance.save(DealBuilder.toBuilder(current).receipts(receipts).build());
        assertThat(received.receipts()).hasSize(current.receipts().size() + 1);

        // the contract itself is not finance's
        Deal again = asFinance.find(deal.id()).orElseThrow();
        assertThatThrownBy(() -> asFinance.save(DealBuilder.toBuilder(again).title("改掉的标题").build()))
                .satisfies(e -> assertThat(refusedFor(e)).containsExactly(Role.CLERK, Role.MANAGER, Role.ADMIN));
    }

    @Test
    void aPlainRefusalNamesTheRolesTheDatabaseLetsWrite() {
        String actorBefore = org.transferdesk.audit.Actor.current();
        try {
            Database leader = as(Role.LEADER);
            new AccountService(new AccountRepository(leader.dsl()), CLOCK, true).signIn();
            PeopleService people = new PeopleService(new PersonRepository(leader.dsl()),
                    new DepartmentRepository(leader.dsl()), new PersonEpisodeRepository(leader.dsl()),
                    new AuditRepository(leader.dsl()), CLOCK);
            // no trigger of V22 speaks here: PostgreSQL's own "permission denied for table person"
            assertThatThrownBy(() -> people.save(org.transferdesk.people.Person.create("L-1", "领导加的人")))
                    .satisfies(e -> assertThat(refusedFor(e)).containsExactly(Role.CLERK, Role.FINANCE, Role.ADMIN));
        } finally {
            org.transferdesk.audit.Actor.signIn(actorBefore);
        }
    }
}
