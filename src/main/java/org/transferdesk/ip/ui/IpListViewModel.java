package org.transferdesk.ip.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.transferdesk.common.I18n;
import org.transferdesk.ip.IpFilter;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.IpService;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The IP register across all results (read-only: an IP asset is edited in its result). Filters as the
 * user types, by type, legal status and filing year, and keeps totals.
 */
public final class IpListViewModel {
    private final IpService service;
    private final TaskExecutor executor;
    private final SortedFilteredRows<IpListRow> listRows = new SortedFilteredRows<>();
    private final ObservableList<IpListRow> source = listRows.all();
    private final FilteredList<IpListRow> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<IpType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<IpStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public IpListViewModel(IpService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        searchText.addListener((o, a, b) -> applyFilter());
        type.addListener((o, a, b) -> applyFilter());
        status.addListener((o, a, b) -> applyFilter());
        year.addListener((o, a, b) -> applyFilter());
        filtered.addListener((ListChangeListener<IpListRow>) c -> updateTotals());
        events.subscribe(change -> {
            if (change.kind() == DataEvents.Change.Kind.RESULT || change.kind() == DataEvents.Change.Kind.ALL) {
                load();
            }
        });
    }

    /** (Re)loads every IP asset; answers to an older load are dropped. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.findAll()).onSuccess(rows -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(rows);
                rebuildFacets();
                updateTotals();
            }
        }).onFinished(() -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
        }));
    }

    private void applyFilter() {
        filtered.setPredicate(currentFilter().predicate());
    }

    public IpFilter currentFilter() {
        return new IpFilter(searchText.get(), type.get(), status.get(), year.get());
    }

    public void clearFilters() {
        searchText.set("");
        type.set(null);
        status.set(null);
        year.set(null);
    }

    private void rebuildFacets() {
        TreeSet<Integer> ys = new TreeSet<>(Comparator.reverseOrder());
        source.stream().filter(r -> r.filedOn() != null).forEach(r -> ys.add(r.filedOn().getYear()));
        if (!years.equals(new ArrayList<>(ys))) {
            years.setAll(ys);
        }
    }

    private void updateTotals() {
        if (!loading.get()) {
            totals.set(I18n.t("ipList.totals", source.size(), filtered.size()));
        }
    }

    /** What the name column shows: the asset's own title, else its result's title. */
    public static String displayTitle(IpListRow row) {
        return row.title() == null || row.title().isBlank() ? row.resultTitle() : row.title();
    }

    /** The rows as shown (filtered, in the table's order), as export rows. */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (IpListRow r : filtered) {
            rows.add(Arrays.asList(r.applicationNo(), r.type().label(), displayTitle(r), r.resultNo(), r.filedOn(),
                    r.grantedOn(), r.status().label(), r.owners(), r.termEnd()));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("ip.applicationNo"), I18n.t("ip.type"), I18n.t("ip.title"), I18n.t("result.resultNo"),
                I18n.t("ip.filedOn"), I18n.t("ip.grantedOn"), I18n.t("ip.status"), I18n.t("ip.owners"),
                I18n.t("ip.termEnd"));
    }

    public ObservableList<IpListRow> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<IpListRow> sortedRows() {
        return listRows;
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

    public ObjectProperty<IpType> typeProperty() {
        return type;
    }

    public ObjectProperty<IpStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
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

    /** The shown row with this application number, if any. */
    public IpListRow find(String applicationNo) {
        return filtered.stream().filter(r -> Objects.equals(r.applicationNo(), applicationNo)).findFirst().orElse(null);
    }
}
