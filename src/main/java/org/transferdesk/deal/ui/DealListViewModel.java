package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DataEvents.Change.Kind;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The deal list: loads rows in the background, filters as the user types and by facets, and sums
 * contract amount, received and outstanding over the rows shown.
 */
public final class DealListViewModel extends ListPage<DealSummary> {
    /**
     * The page's filters: mode, status, the years deals were signed in (latest first), the departments and
     * counterparties they have, and registered or not.
     */
    public record Filters(ListFacet<DealSummary, DealMode> mode, ListFacet<DealSummary, DealStatus> status,
                          ListFacet<DealSummary, Integer> year, ListFacet<DealSummary, String> department,
                          ListFacet<DealSummary, String> counterparty, ListFacet<DealSummary, Boolean> registered) {
    }

    private final DealService service;
    private final Filters filters = new Filters(facet(DealSummary::mode, DealMode.values(), "dealList.allModes"),
            facet(DealSummary::status, DealStatus.values(), "filter.allStatuses"),
            facetFromRows(s -> s.signedOn() == null ? null : s.signedOn().getYear(), Comparator.reverseOrder(),
                    "filter.allYears"),
            facetFromRowsOfEach(DealListViewModel::departmentsOf, Pinyin.ORDER, "filter.allDepartments"),
            facetFromRows(DealSummary::counterparty, Pinyin.ORDER, "dealList.allCounterparties"),
            facet(DealSummary::registered, List.of(Boolean.TRUE, Boolean.FALSE), "dealList.allRegistered",
                    b -> b ? I18n.t("dealList.registeredYes") : I18n.t("dealList.registeredNo")));

    /**
     * Issue 24, item 8: the deals still being negotiated (not signed) first, the clerk's work in hand, then the latest
     * signed; then the latest contract number.
     */
    static final Comparator<DealSummary> OPENING = Comparator.comparing(DealSummary::signedOn,
            Comparator.nullsFirst(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(SortedFilteredRows.newestFirst(DealSummary::contractNo));

    public DealListViewModel(DealService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        reloadOn(events, Kind.DEAL, Kind.ALL, Kind.RESULT, Kind.DEPARTMENT);
    }

    private static List<ListColumn<DealSummary>> listColumns() {
        return List.of(ListColumn.text("deal.contractNo", 125, DealSummary::contractNo),
                ListColumn.text("deal.title", 220, DealSummary::title),
                ListColumn.text("deal.mode", 110, DealListViewModel::modeText),
                ListColumn.text("dealList.counterparty", 160, DealSummary::counterparty),
                ListColumn.date("deal.signedOn", 95, DealSummary::signedOn),
                ListColumn.labeled("dealList.status", 75, DealSummary::status),
                ListColumn.money("dealList.contractAmount", 120, DealSummary::contractAmount),
                ListColumn.money("dealList.received", 110, DealSummary::received),
                ListColumn.money("dealList.outstanding", 110, DealSummary::outstanding),
                ListColumn.money("dealList.overdue", 100, DealSummary::overdue),
                ListColumn.text("dealList.departments", 130, DealSummary::departments),
                ListColumn.text("dealList.manager", 80, DealSummary::manager),
                ListColumn.yesNo("dealList.registered", 60, DealSummary::registered));
    }

    @Override
    protected List<DealSummary> read(ProgressSink progress, Consumer<List<DealSummary>> firstRows) {
        return service.list();
    }

    @Override
    protected Predicate<DealSummary> predicate() {
        String typed = searchTextProperty().get();
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        Predicate<DealSummary> words = row -> text.isEmpty() || row.searchText().contains(text);
        return words.and(facetsMatch());
    }

    private static List<String> departmentsOf(DealSummary row) {
        if (row.departments() == null || row.departments().isBlank()) {
            return List.of();
        }
        return List.of(row.departments().split("、"));
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("dealList.totals", all, shown,
                Money.format(contractTotal()), Money.format(receivedTotal()), Money.format(outstandingTotal()));
    }

    private BigDecimal sum(Function<DealSummary, BigDecimal> getter) {
        BigDecimal total = BigDecimal.ZERO.setScale(Money.SCALE);
        for (DealSummary s : rows()) {
            BigDecimal v = getter.apply(s);
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    /** Sum of the contract amounts of the rows shown. */
    public BigDecimal contractTotal() {
        return sum(DealSummary::contractAmount);
    }

    public BigDecimal receivedTotal() {
        return sum(DealSummary::received);
    }

    public BigDecimal outstandingTotal() {
        return sum(DealSummary::outstanding);
    }

    /** The mode with the licence kind, e.g. 许可（独占）. */
    public static String modeText(DealSummary s) {
        if (s.mode() == null) {
            return "";
        }
        return s.licenseKind() == null ? s.mode().label()
                : I18n.t("dealList.modeWithKind", s.mode().label(), s.licenseKind().label());
    }

    public Filters filters() {
        return filters;
    }

    /** For tests: the row with this contract number, if shown. */
    public DealSummary find(String contractNo) {
        return findShown(s -> Objects.equals(s.contractNo(), contractNo));
    }
}
