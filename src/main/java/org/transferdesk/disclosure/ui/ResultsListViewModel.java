package org.transferdesk.disclosure.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultFilter;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListPage;
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

    private final DisclosureService service;
    private final ObjectProperty<ResultStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<ResultType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();

    public ResultsListViewModel(DisclosureService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        this.service = service;
        refilterOn(status, department, type, year);
        events.subscribe(change -> {
            switch (change.kind()) {
                case RESULT -> refreshOne(change.id());
                case ALL, PERSON, DEPARTMENT -> load();
                default -> { }
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
                    loaded();
                    return;
                }
            }
            source.add(0, row);
            loaded();
        })));
    }

    @Override
    protected Predicate<DisclosureSummary> predicate() {
        return currentFilter().predicate();
    }

    public ResultFilter currentFilter() {
        return new ResultFilter(searchTextProperty().get(), status.get(), department.get(), type.get(), year.get());
    }

    @Override
    protected void clearFacets() {
        status.set(null);
        department.set(null);
        type.set(null);
        year.set(null);
    }

    @Override
    protected void loaded() {
        TreeSet<String> deps = new TreeSet<>();
        TreeSet<Integer> ys = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (DisclosureSummary s : all()) {
            if (s.department() != null) {
                deps.add(s.department());
            }
            ys.add(s.year());
        }
        setIfChanged(departments, deps);
        setIfChanged(years, ys);
    }

    @Override
    protected String loadingText(int soFar) {
        return I18n.t("results.loadingTotals", soFar);
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("results.totals", all, shown);
    }

    public ObjectProperty<ResultStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectProperty<ResultType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** For tests: the first row with this number, if shown. */
    public DisclosureSummary find(String resultNo) {
        return findShown(s -> Objects.equals(s.resultNo(), resultNo));
    }
}
