package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.InMemoryAppContext;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.ui.CompanyRegisterViewModel;
import org.transferdesk.deal.ui.CounterpartyListViewModel;
import org.transferdesk.deal.ui.DealListViewModel;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ui.ResultsListViewModel;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.institution.ui.InstitutionRegisterViewModel;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.ui.IpListViewModel;
import org.transferdesk.people.ui.PeopleListViewModel;
import org.transferdesk.people.ui.PersonListRow;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.ui.PilotListViewModel;
import org.transferdesk.reward.ui.DistributionListViewModel;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.transferdesk.ui.ListPage;

/**
 * Issue 24, item 8: each list opens with the newest (or, where that is clearer, the most actionable) first, before
 * any header is clicked. One row per page: what it opens in, stated here independently of the page's code.
 */
@Tag(TestDatabase.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListOpeningOrderTest {
    @TempDir
    static Path tmp;
    private static AppContext context;

    @BeforeAll
    static void demo() {
        context = InMemoryAppContext.open(tmp);
        context.demo().fill(40, 120, ProgressSink.NONE);
        // the demo holds one company; the register's order needs a few, named out of pinyin order by code point
        for (String name : List.of("张家港安远科技有限公司", "安徽白石新材料有限公司", "陈家桥智能装备有限公司")) {
            context.counterparties().saveCompany(new Company(null, name, null, null, CompanyOrigin.CREATED, 0));
        }
    }

    @AfterAll
    static void close() throws Exception {
        context.close();
    }

    private static <R, K extends Comparable<? super K>> Comparator<R> latestFirst(Function<R, K> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.reverseOrder()));
    }

    static Stream<Arguments> pages() {
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        DataEvents events = new DataEvents();
        FakeDialogService dialogs = new FakeDialogService();
        return Stream.of(
                page("成果: latest disclosed first", () -> new ResultsListViewModel(context.disclosures(), now, events),
                        ListOpeningOrderTest.<DisclosureSummary, LocalDate>latestFirst(DisclosureSummary::disclosedOn)),
                page("知识产权: latest filed first", () -> new IpListViewModel(context.ip(), now, events),
                        ListOpeningOrderTest.<IpListRow, LocalDate>latestFirst(IpListRow::filedOn)),
                page("合同: unsigned (in negotiation) first, then latest signed",
                        () -> new DealListViewModel(context.deals(), now, events), Comparator.comparing(
                                DealSummary::signedOn, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))),
                page("收益分配: latest basis date first",
                        () -> new DistributionListViewModel(context.distributions(), now, dialogs, events),
                        ListOpeningOrderTest.<DistributionListViewModel.Row, LocalDate>latestFirst(
                                r -> r.distribution().basisDate())),
                page("赋权试点: soonest conversion deadline first, none last",
                        () -> new PilotListViewModel(context.pilots(), now, events), Comparator.comparing(
                                (PilotCaseSummary c) -> c.deadline() == null ? Long.MAX_VALUE : c.deadline().daysLeft())),
                page("合作单位 (a directory): by name in pinyin",
                        () -> new CounterpartyListViewModel(context.counterparties(), now, events),
                        Pinyin.by(Counterparty::name)),
                page("企业 (a directory): by name in pinyin",
                        () -> new CompanyRegisterViewModel(context.counterparties(), now, dialogs, events),
                        Pinyin.by((org.transferdesk.deal.CompanyHolding h) -> h.company().name())),
                page("联合机构: latest founded first",
                        () -> new InstitutionRegisterViewModel(context.institutions(), now, dialogs, events),
                        ListOpeningOrderTest.<JointInstitution, Integer>latestFirst(JointInstitution::foundedYear)),
                page("人员 (a directory): by name in pinyin",
                        () -> new PeopleListViewModel(context.people(), context.disclosures(), now, events),
                        Pinyin.by(PersonListRow::name)));
    }

    private static <R> Arguments page(String name, java.util.function.Supplier<ListPage<R>> made,
                                      Comparator<R> opening) {
        return Arguments.of(name, made, opening);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    <R> void opensInItsOrder(String name, java.util.function.Supplier<ListPage<R>> made, Comparator<R> opening) {
        ListPage<R> page = made.get();
        page.load();
        List<R> shown = List.copyOf(page.sortedRows().shown());
        assertThat(shown).as(name).hasSizeGreaterThan(1).isSortedAccordingTo(opening);
    }
}
