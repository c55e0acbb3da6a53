package org.transferdesk.disclosure.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultFilter;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DataEvents.Change.Kind;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The results register list: loads light rows in the background (the first chunk shows at once),
 * filters as the user types and by facets, and keeps totals for the status bar.
 */
public final class ResultsListViewModel extends ListPage<DisclosureSummary> {
    /**
     * The first rows read: a screenful and some (a maximised table shows about 40), so the list appears before the
     * bulk is read (issue 20: 5,000 first rows took 1.1 s in a fresh JVM at 100,000 results).
     */
    public static final int FIRST_CHUNK = 300;
    /** The rest, in chunks this big: few statements, and memory for one chunk's rows at a time. */
    public static final int CHUNK = 5_000;

    /** The page's filters: status, the results' departments, type and the years they have (latest first). */
    public record Filters(ListFacet<DisclosureSummary, ResultStatus> status,
                          ListFacet<DisclosureSummary, String> department,
                          ListFacet<DisclosureSummary, ResultType> type, ListFacet<DisclosureSummary, Integer> year) {
    }

    private final DisclosureService service;
    private final Filters filters = new Filters(
            facet(DisclosureSummary::status, ResultStatus.values(), "filter.allStatuses"),
            facetFromRows(DisclosureSummary::department, Pinyin.ORDER, "filter.allDepartments"),
            facet(DisclosureSummary::resultType, ResultType.values(), "filter.allTypes"),
            facetFromRows(DisclosureSummary::year, Comparator.reverseOrder(), "filter.allYears"));

    /** Issue 24, item 8: the latest disclosed first (then the latest number). */
    static final Comparator<DisclosureSummary> OPENING =
            SortedFilteredRows.<DisclosureSummary, java.time.LocalDate>newestFirst(DisclosureSummary::disclosedOn)
                    .thenComparing(SortedFilteredRows.newestFirst(DisclosureSummary::resultNo));

    /** A saved result is refreshed alone; people and departments show in its rows, so they reload the list. */
    private static final Set<Kind> FOLLOWED = EnumSet.of(Kind.RESULT, Kind.ALL, Kind.PERSON, Kind.DEPARTMENT);

    public ResultsListViewModel(DisclosureService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        follow(events, change -> FOLLOWED.contains(change.kind()),
                change -> {
                    if (change.kind() == Kind.RESULT) {
                        refreshOne(change.id());
                    } else {
                        load();
                    }
                });
    }

    private static List<ListColumn<DisclosureSummary>> listColumns() {
        return List.of(ListColumn.text("result.resultNo", 110, DisclosureSummary::resultNo),
                ListColumn.text("result.title", 300, DisclosureSummary::title),
                ListColumn.date("result.disclosedOn", 100, DisclosureSummary::disclosedOn),
                ListColumn.text("result.department", 140, DisclosureSummary::department),
                ListColumn.labeled("result.resultType", 120, DisclosureSummary::resultType),
                ListColumn.labeled("result.funding", 110, DisclosureSummary::funding),
                // coloured by status (named colours in the theme)
                ListColumn.<DisclosureSummary>labeled("result.status", 90, DisclosureSummary::status)
                        .styled(s -> "status-" + s.status().name()),
                ListColumn.text("result.inventors", 150, DisclosureSummary::inventors),
                ListColumn.text("result.ipNumbers", 130, DisclosureSummary::ipNumbers),
                // 经办人/技术经理人 by name (issue 22)
                ListColumn.text("result.managerColumn", 80, DisclosureSummary::manager),
                ListColumn.<DisclosureSummary>yesNo("result.confidential", 80, DisclosureSummary::confidential)
                        .exportOnly());
    }

    @Override
    protected List<DisclosureSummary> read(ProgressSink progress, Consumer<List<DisclosureSummary>> firstRows) {
        List<DisclosureSummary> all = new ArrayList<>();
        service.loadSummaries(FIRST_CHUNK, CHUNK, chunk -> {
            progress.checkCancelled();
            boolean first = all.isEmpty();
            all.addAll(chunk);
            if (first) {
                firstRows.accept(chunk);
            }
        });
        return all;
    }

    private void refreshOne(long id) {
        executor().execute(BackgroundTask.of(p -> service.find(id)).onSuccess(found -> found.ifPresent(d -> {
            DisclosureSummary row = DisclosureSummary.from(d);
            ObservableList<DisclosureSummary> source = all();
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).id() == id) {
                    source.set(i, row);
                    deriveChoices();
                    return;
                }
            }
            source.add(0, row);
            deriveChoices();
        })));
    }

    @Override
    protected Predicate<DisclosureSummary> predicate() {
        return currentFilter().predicate();
    }

    public ResultFilter currentFilter() {
        return new ResultFilter(searchTextProperty().get(), filters.status().get(), filters.department().get(),
                filters.type().get(), filters.year().get());
    }

    @Override
    protected String loadingText(int soFar) {
        return I18n.t("results.loadingTotals", soFar);
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("results.totals", all, shown);
    }

    public Filters filters() {
        return filters;
    }

    /** For tests: the first row with this number, if shown. */
    public DisclosureSummary find(String resultNo) {
        return findShown(s -> Objects.equals(s.resultNo(), resultNo));
    }
}
