package org.transferdesk.disclosure.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultFilter;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The results register list: loads light rows in the background (the first chunk shows at once),
 * filters as the user types and by facets, and keeps totals for the status bar.
 */
public final class ResultsListViewModel {
    /**
     * The first rows read: a screenful and some (a maximised table shows about 40), so the list appears before the
     * bulk is read (issue 20: 5,000 first rows took 1.1 s in a fresh JVM at 100,000 results).
     */
    public static final int FIRST_CHUNK = 300;
    /** The rest, in chunks this big: few statements, and memory for one chunk's rows at a time. */
    public static final int CHUNK = 5_000;

    private final DisclosureService service;
    private final TaskExecutor executor;
    private final SortedFilteredRows<DisclosureSummary> rows = new SortedFilteredRows<>();
    private final ObservableList<DisclosureSummary> source = rows.all();
    private final FilteredList<DisclosureSummary> filtered = rows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ResultStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<ResultType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public ResultsListViewModel(DisclosureService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        searchText.addListener((o, a, b) -> applyFilter());
        status.addListener((o, a, b) -> applyFilter());
        department.addListener((o, a, b) -> applyFilter());
        type.addListener((o, a, b) -> applyFilter());
        year.addListener((o, a, b) -> applyFilter());
        filtered.addListener((javafx.collections.ListChangeListener<DisclosureSummary>) c -> updateTotals());
        events.subscribe(change -> {
            switch (change.kind()) {
                case RESULT -> refreshOne(change.id());
                case ALL, PERSON, DEPARTMENT -> load();
                default -> { }
            }
        });
    }

    /** (Re)loads every row: the first chunk replaces the list, the rest arrives in one update. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(progress -> {
            List<DisclosureSummary> all = new ArrayList<>();
            service.loadSummaries(FIRST_CHUNK, CHUNK, chunk -> {
                progress.checkCancelled();
                boolean first = all.isEmpty();
                all.addAll(chunk);
                if (first) {
                    List<DisclosureSummary> firstRows = List.copyOf(chunk);
                    executor.uiThread().execute(() -> {
                        if (generation == loadGeneration) {
                            source.setAll(firstRows);
                        }
                    });
                }
            });
            return all;
        }).onSuccess(all -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(all);
                rebuildFacets();
                updateTotals();
            }
        }).onFinished(() -> loading.set(false)));
    }

    private void refreshOne(long id) {
        executor.execute(BackgroundTask.of(p -> service.find(id)).onSuccess(found -> found.ifPresent(d -> {
            DisclosureSummary row = DisclosureSummary.from(d);
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).id() == id) {
                    source.set(i, row);
                    rebuildFacets();
                    return;
                }
            }
            source.add(0, row);
            rebuildFacets();
        })));
    }

    private void applyFilter() {
        filtered.setPredicate(currentFilter().predicate());
    }

    public ResultFilter currentFilter() {
        return new ResultFilter(searchText.get(), status.get(), department.get(), type.get(), year.get());
    }

    public void clearFilters() {
        searchText.set("");
        status.set(null);
        department.set(null);
        type.set(null);
        year.set(null);
    }

    private void rebuildFacets() {
        TreeSet<String> deps = new TreeSet<>();
        TreeSet<Integer> ys = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (DisclosureSummary s : source) {
            if (s.department() != null) {
                deps.add(s.department());
            }
            ys.add(s.year());
        }
        if (!departments.equals(new ArrayList<>(deps))) {
            departments.setAll(deps);
        }
        if (!years.equals(new ArrayList<>(ys))) {
            years.setAll(ys);
        }
    }

    private void updateTotals() {
        if (loading.get()) {
            totals.set(I18n.t("results.loadingTotals", source.size()));
            return;
        }
        totals.set(I18n.t("results.totals", source.size(), filtered.size()));
    }

    /** The rows as shown (filtered and in the table's sort order), as export rows. */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (DisclosureSummary s : filtered) {
            List<Object> row = new ArrayList<>();
            row.add(s.resultNo());
            row.add(s.title());
            row.add(s.disclosedOn());
            row.add(s.department());
            row.add(s.resultType() == null ? null : s.resultType().label());
            row.add(s.funding() == null ? null : s.funding().label());
            row.add(s.status().label());
            row.add(s.inventors());
            row.add(s.ipNumbers());
            row.add(s.confidential() ? I18n.t("common.yes") : I18n.t("common.no"));
            rows.add(row);
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("result.resultNo"), I18n.t("result.title"), I18n.t("result.disclosedOn"),
                I18n.t("result.department"), I18n.t("result.resultType"), I18n.t("result.funding"),
                I18n.t("result.status"), I18n.t("result.inventors"), I18n.t("result.ipNumbers"),
                I18n.t("result.confidential"));
    }

    /** The rows as shown: filtered, in the table's sort order. */
    public ObservableList<DisclosureSummary> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order. */
    public SortedFilteredRows<DisclosureSummary> sortedRows() {
        return rows;
    }

    public int totalCount() {
        return source.size();
    }

    public int shownCount() {
        return filtered.size();
    }

    public StringProperty searchTextProperty() {
        return searchText;
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

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** For tests: the first row with this number, if shown. */
    public DisclosureSummary find(String resultNo) {
        return filtered.stream().filter(s -> Objects.equals(s.resultNo(), resultNo)).findFirst().orElse(null);
    }
}
