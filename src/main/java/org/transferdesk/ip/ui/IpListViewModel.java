package org.transferdesk.ip.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.ip.IpFilter;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.IpService;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DataEvents.Change.Kind;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The IP register across all results (read-only: an IP asset is edited in its result). Filters as the
 * user types, by type, legal status and filing year, and keeps totals.
 */
public final class IpListViewModel extends ListPage<IpListRow> {
    /** The page's filters: type, legal status and the filing years the assets have (latest first). */
    public record Filters(ListFacet<IpListRow, IpType> type, ListFacet<IpListRow, IpStatus> status,
                          ListFacet<IpListRow, Integer> year) {
    }

    private final IpService service;
    private final Filters filters = new Filters(facet(IpListRow::type, IpType.values(), "filter.allTypes"),
            facet(IpListRow::status, IpStatus.values(), "filter.allIpStatuses"),
            facetFromRows(r -> r.filedOn() == null ? null : r.filedOn().getYear(), Comparator.reverseOrder(),
                    "filter.allFilingYears"));

    /** Issue 24, item 8: the latest filed first (then the latest application number); not yet filed last. */
    static final Comparator<IpListRow> OPENING = SortedFilteredRows.<IpListRow, java.time.LocalDate>newestFirst(
            IpListRow::filedOn).thenComparing(SortedFilteredRows.newestFirst(IpListRow::applicationNo));

    public IpListViewModel(IpService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        reloadOn(events, Kind.RESULT, Kind.ALL);
    }

    private static List<ListColumn<IpListRow>> listColumns() {
        return List.of(ListColumn.text("ip.applicationNo", 150, IpListRow::applicationNo),
                ListColumn.labeled("ip.type", 130, IpListRow::type),
                ListColumn.text("ip.title", 220, IpListViewModel::displayTitle),
                ListColumn.text("result.resultNo", 100, IpListRow::resultNo),
                ListColumn.date("ip.filedOn", 95, IpListRow::filedOn),
                ListColumn.date("ip.grantedOn", 95, IpListRow::grantedOn),
                ListColumn.labeled("ip.status", 95, IpListRow::status),
                ListColumn.text("ip.owners", 130, IpListRow::owners),
                ListColumn.date("ip.termEnd", 95, IpListRow::termEnd));
    }

    @Override
    protected List<IpListRow> read(ProgressSink progress, Consumer<List<IpListRow>> firstRows) {
        return service.findAll();
    }

    @Override
    protected Predicate<IpListRow> predicate() {
        return currentFilter().predicate();
    }

    public IpFilter currentFilter() {
        return new IpFilter(searchTextProperty().get(), filters.type().get(), filters.status().get(),
                filters.year().get());
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("ipList.totals", all, shown);
    }

    /** What the name column shows: the asset's own title, else its result's title. */
    public static String displayTitle(IpListRow row) {
        return row.title() == null || row.title().isBlank() ? row.resultTitle() : row.title();
    }

    public Filters filters() {
        return filters;
    }

    /** The shown row with this application number, if any. */
    public IpListRow find(String applicationNo) {
        return findShown(r -> Objects.equals(r.applicationNo(), applicationNo));
    }
}
