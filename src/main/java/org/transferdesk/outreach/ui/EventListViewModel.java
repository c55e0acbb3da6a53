package org.transferdesk.outreach.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.EventSummary;
import org.transferdesk.outreach.OutreachService;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The events list (路演, 对接会, 交易会): newest first, filtered by kind and by the year an event starts in, searched by
 * title, place and organiser; each row counts its results presented, companies and open leads.
 */
public final class EventListViewModel extends ListPage<EventSummary> {
    /** The page's filters: the kind, and the years the events fall in (newest first). */
    public record Filters(ListFacet<EventSummary, EventKind> kind, ListFacet<EventSummary, Integer> year) {
    }

    static final Comparator<EventSummary> OPENING = Comparator.comparing(EventSummary::startsOn).reversed()
            .thenComparing(Comparator.comparingLong(EventSummary::id).reversed());

    private final OutreachService service;
    private final Filters filters = new Filters(
            facet(EventSummary::kind, EventKind.values(), "outreachList.allKinds"),
            facetFromRows(EventSummary::year, Comparator.<Integer>reverseOrder(), "outreachList.allYears"));

    public EventListViewModel(OutreachService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        reloadOnAny(events);
    }

    private static List<ListColumn<EventSummary>> listColumns() {
        return List.of(ListColumn.date("outreachEvent.startsOn", 95, EventSummary::startsOn),
                ListColumn.date("outreachEvent.endsOn", 95, EventSummary::endsOn),
                ListColumn.text("outreachEvent.title", 260, EventSummary::title),
                ListColumn.labeled("outreachEvent.kind", 80, EventSummary::kind),
                ListColumn.text("outreachEvent.place", 150, EventSummary::place),
                ListColumn.text("outreachEvent.organiser", 160, EventSummary::organiser),
                ListColumn.yesNo("outreachEvent.online", 60, EventSummary::online),
                ListColumn.<EventSummary>of("outreachList.results", 70, EventSummary::results)
                        .aligned(ListColumn.Align.RIGHT),
                ListColumn.<EventSummary>of("outreachList.companies", 70, EventSummary::companies)
                        .aligned(ListColumn.Align.RIGHT),
                ListColumn.<EventSummary>of("outreachList.openLeads", 80, EventSummary::openLeads)
                        .aligned(ListColumn.Align.RIGHT));
    }

    @Override
    protected List<EventSummary> read(ProgressSink progress, Consumer<List<EventSummary>> firstRows) {
        return service.list();
    }

    static String searchText(EventSummary e) {
        return String.join("\u0001", nz(e.title()), nz(e.place()), nz(e.organiser()), e.kind().label())
                .toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected Predicate<EventSummary> predicate() {
        return facetsMatch().and(searchMatch(EventListViewModel::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("outreachList.totals", all, shown);
    }

    public Filters filters() {
        return filters;
    }
}
