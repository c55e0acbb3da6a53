package org.transferdesk.need.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedService;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The needs register (企业技术需求): by status, source and technical field, searched over title, company, field,
 * description and contact; opens with the nearest deadlines of the needs still open first.
 */
public final class NeedListViewModel extends ListPage<Need> {
    /** The page's filters; the fields offered are those the needs name, in pinyin order. */
    public record Filters(ListFacet<Need, NeedStatus> status, ListFacet<Need, NeedSource> source,
                          ListFacet<Need, String> field) {
    }

    /** Open needs first, by deadline (none last), then the rest newest first: what to work on comes first. */
    static final Comparator<Need> OPENING = Comparator.<Need, Boolean>comparing(n -> !n.status().isOpen())
            .thenComparing(Need::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Need::id, Comparator.reverseOrder());

    private final NeedService service;
    private final Filters filters = new Filters(
            facet(Need::status, NeedStatus.values(), "needList.allStatuses"),
            facet(Need::source, NeedSource.values(), "needList.allSources"),
            facetFromRows(n -> n.field() == null || n.field().isBlank() ? null : n.field(), Pinyin.ORDER,
                    "needList.allFields"));

    public NeedListViewModel(NeedService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        reloadOn(events, DataEvents.Change.Kind.NEED, DataEvents.Change.Kind.DEAL, DataEvents.Change.Kind.ALL);
    }

    private static List<ListColumn<Need>> listColumns() {
        return List.of(ListColumn.text("need.title", 240, Need::title),
                ListColumn.text("need.company", 200, Need::counterpartyName),
                ListColumn.text("need.field", 110, Need::field),
                ListColumn.text("need.budget", 150, NeedListViewModel::budget),
                ListColumn.date("need.deadline", 95, Need::deadline),
                ListColumn.labeled("need.source", 100, Need::source),
                ListColumn.labeled("need.status", 80, Need::status),
                ListColumn.text("need.deal", 120, Need::dealNo));
    }

    /** "50,000.00 – 200,000.00", "≥ 50,000.00", "≤ 200,000.00" or "" (open both ways). */
    static String budget(Need n) {
        if (n.budgetMin() == null && n.budgetMax() == null) {
            return "";
        }
        if (n.budgetMax() == null) {
            return "≥ " + Money.format(n.budgetMin());
        }
        if (n.budgetMin() == null) {
            return "≤ " + Money.format(n.budgetMax());
        }
        return Money.format(n.budgetMin()) + " – " + Money.format(n.budgetMax());
    }

    @Override
    protected List<Need> read(ProgressSink progress, Consumer<List<Need>> firstRows) {
        return service.list();
    }

    static String searchText(Need n) {
        return String.join("\u0001", nz(n.title()), nz(n.counterpartyName()), nz(n.field()), nz(n.description()),
                nz(n.contact().name()), nz(n.dealNo())).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected Predicate<Need> predicate() {
        return facetsMatch().and(searchMatch(NeedListViewModel::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("needList.totals", all, shown);
    }

    public Filters filters() {
        return filters;
    }
}
