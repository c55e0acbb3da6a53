package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.Person;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.persistence.DistributionRepository;

/**
 * Issue 20: the incremental due list (announced changes re-derive only the records they touch) always equals
 * the list derived from every record, over a demo database and random sequences of real saves; a save reads a
 * bounded number of statements whatever the database's size; the badge and the home screen share one
 * computation.
 */
class DueIncrementalTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    @TempDir
    Path tmp;

    private final List<AppContext> opened = new ArrayList<>();

    @AfterEach
    void tearDown() {
        opened.forEach(AppContext::close);
    }

    private AppContext demo(int people, int results, long seed) {
        AppContext context = InMemoryAppContext.open(tmp.resolve(UUID.randomUUID().toString()));
        opened.add(context);
        context.demo().fill(people, results, seed, ProgressSink.NONE);
        context.due().incremental();
        return context;
    }

    @ParameterizedTest
    @CsvSource({"1, 40", "2, 40", "3, 40", "20161122, 60"})
    void afterAnySequenceOfChanges_theIncrementalListEqualsTheFullDerive(long seed, int steps) {
        AppContext context = demo(30, 80, seed);
        DueService due = context.due();
        LocalDate today = due.today();
        assertThat(due.derive(today)).isEqualTo(due.deriveAll(today)).isNotEmpty();
        Random random = new Random(seed);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            String what = change(context, random);
            done.add(what);
            assertThat(due.derive(today)).as("after %s", done).isEqualTo(due.deriveAll(today));
        }
        assertThat(done.stream().filter(d -> !d.startsWith("refused"))).as("the changes made: %s", done)
                .hasSizeGreaterThan(steps / 2);
    }

    /** One random save through the app's own repositories and services, announced as the GUI announces it. */
    private String change(AppContext context, Random random) {
        DueService due = context.due();
        DealRepository deals = new DealRepository(context.database().dsl());
        List<Deal> all = deals.findAll();
        Deal deal = all.get(random.nextInt(all.size()));
        int kind = random.nextInt(10);
        try {
            switch (kind) {
                case 0 -> {
                    DealStatus status = DealStatus.values()[random.nextInt(DealStatus.values().length)];
                    deals.save(deal.withStatus(status), "test", NOW);
                    due.changed(RecordType.DEAL, deal.id());
                    return "deal " + deal.id() + " " + status;
                }
                case 1 -> {
                    List<Receipt> receipts = new ArrayList<>(deal.receipts());
                    receipts.add(new Receipt(null, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)),
                            new BigDecimal(1000 + random.nextInt(90000) + ".00"), "PZ-T" + random.nextInt(), null));
                    deals.save(deal.withReceipts(receipts), "test", NOW);
                    due.changed(RecordType.DEAL, deal.id());
                    return "receipt on deal " + deal.id();
                }
                case 2 -> {
                    // the deal now covers another deal's result: pilot deadlines and open-licence fees move
                    Deal other = all.get(random.nextInt(all.size()));
                    List<ResultRef> results = other.results().isEmpty() ? List.of() : List.of(other.results().get(0));
                    deals.save(with(deal, "results", results), "test", NOW);
                    due.changed(RecordType.DEAL, deal.id());
                    return "results of deal " + deal.id();
                }
                case 3 -> {
                    List<Distribution> ds = context.distributions().list(null);
                    Distribution d = ds.get(random.nextInt(ds.size()));
                    DistributionStatus status = DistributionStatus.values()[random.nextInt(
                            DistributionStatus.values().length)];
                    List<DistributionLine> lines = d.lines().stream().map(l -> random.nextBoolean() ? l
                            : with(l, "paidOn", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)))).toList();
                    Distribution changed = with(with(d, "lines", lines), "workflow", with(d.workflow(), "status", status));
                    new DistributionRepository(context.database().dsl()).save(changed, "test", NOW);
                    due.changed(RecordType.DISTRIBUTION, d.id());
                    return "distribution " + d.id() + " " + status;
                }
                case 4 -> {
                    List<PilotCase> cases = context.pilots().all();
                    PilotCase c = cases.get(random.nextInt(cases.size()));
                    context.pilots().undoLastStep(c, "测试");
                    due.changed(RecordType.PILOT, c.id());
                    return "pilot " + c.id() + " step undone";
                }
                case 5 -> {
                    List<Person> people = context.people().findAll();
                    Person p = people.get(random.nextInt(people.size()));
                    LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
                    context.people().saveEpisode(new PersonEpisode(null, p.id(), EpisodeKind.SIDE_JOB, "测试公司",
                            start, start.plusDays(30 + random.nextInt(700)), null, "批-" + random.nextInt(999), null));
                    due.changed(RecordType.PERSON, p.id());
                    return "episode of " + p.id();
                }
                case 6 -> {
                    List<DueItem> fees = due.derive(due.today()).stream().filter(i -> i.kind() == DueKind.PATENT_FEE)
                            .toList();
                    DueItem fee = fees.get(random.nextInt(fees.size()));
                    due.recordFeePaid(fee.key(), LocalDate.of(2026, 11, 1), fee.amount(), "R-" + random.nextInt());
                    return "fee " + fee.key();
                }
                case 7 -> {
                    // a result with a pilot case: its label and co-ownership feed pilot and patent items
                    List<PilotCase> cases = context.pilots().all();
                    long id = cases.get(random.nextInt(cases.size())).disclosureId();
                    Disclosure d = context.disclosures().find(id).orElseThrow();
                    context.disclosures().save(with(d, "title", d.title() + "（改）"));
                    due.changed(RecordType.RESULT, id);
                    return "result " + id;
                }
                case 8 -> {
                    List<DealObligation> obligations = new ArrayList<>(context.dealObligations().ofDeal(deal.id()));
                    obligations.add(new DealObligation(null, ObligationKind.REPORT,
                            LocalDate.of(2026, 6, 1).plusDays(random.nextInt(400)), "年度报告"));
                    context.dealObligations().save(deal.id(), obligations);
                    due.changed(RecordType.DEAL, deal.id());
                    return "obligation of deal " + deal.id();
                }
                default -> {
                    // a setting is not announced: the cache sees the settings move and derives afresh
                    context.office().set(DueService.REMIND_FROM, LocalDate.of(2020, 1, 1),
                            LocalDate.of(2018 + random.nextInt(8), 1, 1).toString());
                    return "remindFrom";
                }
            }
        } catch (org.transferdesk.common.ValidationException | org.transferdesk.common.UserFacingException refused) {
            // the change was refused (a validation, nothing to undo): nothing was written, nothing announced
            return "refused " + kind + ": " + refused.getClass().getSimpleName();
        }
    }

    @Test
    void todayMovingPastMidnight_derivesAfresh() {
        AppContext context = demo(20, 60, 5L);
        DueService due = context.due();
        LocalDate today = due.today();
        List<DueItem> before = due.derive(today);
        for (int days : new int[] {1, 40, 400}) {
            LocalDate later = today.plusDays(days);
            assertThat(due.derive(later)).as("%s days later", days).isEqualTo(due.deriveAll(later));
        }
        assertThat(due.derive(today.plusDays(400))).isNotEqualTo(before);
        assertThat(due.derive(today)).isEqualTo(before);
    }

    @Test
    void aChangeNotYetAnnounced_isNotSeen_andIsOnceAnnounced() {
        AppContext context = demo(20, 60, 9L);
        DueService due = context.due();
        LocalDate today = due.today();
        Deal deal = new DealRepository(context.database().dsl()).findAll().stream()
                .filter(d -> due.derive(today).stream().anyMatch(i -> i.record().type() == RecordType.DEAL
                        && i.record().id() == d.id() && i.kind() == DueKind.INSTALMENT)).findFirst().orElseThrow();
        List<DueItem> before = due.derive(today);
        new DealRepository(context.database().dsl()).save(deal.withStatus(DealStatus.TERMINATED), "test", NOW);
        assertThat(due.derive(today)).isEqualTo(before);
        due.changed(RecordType.DEAL, deal.id());
        assertThat(due.derive(today)).isEqualTo(due.deriveAll(today)).isNotEqualTo(before);
    }

    @Test
    void changedAll_derivesEverythingAgain() {
        AppContext context = demo(20, 60, 11L);
        DueService due = context.due();
        LocalDate today = due.today();
        List<DueItem> before = due.derive(today);
        Deal deal = new DealRepository(context.database().dsl()).findAll().get(0);
        new DealRepository(context.database().dsl()).save(deal.withStatus(DealStatus.TERMINATED), "test", NOW);
        context.people().saveEpisode(new PersonEpisode(null, context.people().findAll().get(0).id(),
                EpisodeKind.LEAVE_TO_FOUND, "新公司", today, today.plusDays(60), null, "批-1", null));
        due.changedAll();
        assertThat(due.derive(today)).isEqualTo(due.deriveAll(today)).isNotEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"DEAL", "DISTRIBUTION", "PILOT", "PERSON", "RESULT"})
    void aSaveReadsTheSameFewStatements_whateverTheDatabaseSize(RecordType type) {
        int small = statementsOfOneSave(demo(30, 80, 3L), type);
        int large = statementsOfOneSave(demo(90, 320, 3L), type);
        assertThat(small).isEqualTo(large).isBetween(1, 25);
    }

    /** The statements a derive runs after one announced change of a record of {@code type}. */
    private int statementsOfOneSave(AppContext context, RecordType type) {
        DueService due = context.due();
        LocalDate today = due.today();
        due.derive(today);
        long id = switch (type) {
            case DEAL -> new DealRepository(context.database().dsl()).findAll().get(0).id();
            case DISTRIBUTION -> context.distributions().list(null).get(0).id();
            case PILOT -> context.pilots().all().get(0).id();
            case PERSON -> context.people().findAll().get(0).id();
            default -> context.pilots().all().get(0).disclosureId();
        };
        due.changed(type, id);
        AtomicInteger statements = count(context);
        due.derive(today);
        return statements.get();
    }

    @Test
    void theBadgeAndTheHomeScreen_shareOneComputation() {
        AppContext context = demo(20, 60, 13L);
        DueService due = context.due();
        LocalDate today = due.today();
        due.urgentCount(today);
        Deal deal = new DealRepository(context.database().dsl()).findAll().get(0);
        due.changed(RecordType.DEAL, deal.id());
        AtomicInteger dealReads = countReadsOf(context, "DEAL_OBLIGATION");
        due.urgentCount(today); // the badge
        int byTheBadge = dealReads.getAndSet(0);
        new org.transferdesk.dashboard.DashboardService(context.reports(), due, context.pilots(), context.clock())
                .load(); // the home screen
        int byTheHomeScreen = dealReads.get();
        assertThat(byTheBadge).isPositive();
        assertThat(byTheHomeScreen).as("the home screen reuses the badge's items").isZero();
    }

    private static AtomicInteger count(AppContext context) {
        return countReadsOf(context, "");
    }

    /** Counts from now the statements whose SQL contains {@code table} ("" for every statement). */
    private static AtomicInteger countReadsOf(AppContext context, String table) {
        AtomicInteger n = new AtomicInteger();
        context.database().dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.sql() != null && ctx.sql().toUpperCase(java.util.Locale.ROOT).contains(table)) {
                    n.incrementAndGet();
                }
            }
        }));
        return n;
    }

    /** A copy of a record with one component replaced. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
