package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.transferdesk.common.Money;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The deal list: loads rows in the background, filters as the user types and by facets, and sums
 * contract amount, received and outstanding over the rows shown.
 */
public final class DealListViewModel {
    private final DealService service;
    private final TaskExecutor executor;
    private final SortedFilteredRows<DealSummary> listRows = new SortedFilteredRows<>();
    private final ObservableList<DealSummary> source = listRows.all();
    private final FilteredList<DealSummary> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<DealMode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<DealStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<String> counterparty = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> registered = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<String> counterparties = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public DealListViewModel(DealService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(searchText, mode, status, year, department,
                counterparty, registered)) {
            p.addListener(o -> applyFilter());
        }
        filtered.addListener((ListChangeListener<DealSummary>) c -> updateTotals());
        events.subscribe(change -> {
            switch (change.kind()) {
                case DEAL, ALL, RESULT, DEPARTMENT -> load();
                default -> { }
            }
        });
    }

    /** (Re)loads every row in the background. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.list()).onSuccess(all -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(all);
                rebuildFacets();
                updateTotals();
            }
        }).onFinished(() -> loading.set(false)));
    }

    private void applyFilter() {
        filtered.setPredicate(predicate());
    }

    private Predicate<DealSummary> predicate() {
        String text = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        DealMode m = mode.get();
        DealStatus s = status.get();
        Integer y = year.get();
        String dep = department.get();
        String cp = counterparty.get();
        Boolean reg = registered.get();
        return row -> (text.isEmpty() || row.searchText().contains(text))
                && (m == null || row.mode() == m)
                && (s == null || row.status() == s)
                && (y == null || (row.signedOn() != null && row.signedOn().getYear() == y))
                && (dep == null || departmentsOf(row).contains(dep))
                && (cp == null || cp.equals(row.counterparty()))
                && (reg == null || row.registered() == reg);
    }

    private static List<String> departmentsOf(DealSummary row) {
        if (row.departments() == null || row.departments().isBlank()) {
            return List.of();
        }
        return List.of(row.departments().split("、"));
    }

    public void clearFilters() {
        searchText.set("");
        mode.set(null);
        status.set(null);
        year.set(null);
        department.set(null);
        counterparty.set(null);
        registered.set(null);
    }

    private void rebuildFacets() {
        TreeSet<Integer> ys = new TreeSet<>(Comparator.reverseOrder());
        TreeSet<String> deps = new TreeSet<>();
        TreeSet<String> cps = new TreeSet<>();
        for (DealSummary s : source) {
            if (s.signedOn() != null) {
                ys.add(s.signedOn().getYear());
            }
            deps.addAll(departmentsOf(s));
            if (s.counterparty() != null) {
                cps.add(s.counterparty());
            }
        }
        sync(years, ys);
        sync(departments, deps);
        sync(counterparties, cps);
    }

    private static <T> void sync(ObservableList<T> list, java.util.Collection<T> values) {
        if (!list.equals(new ArrayList<>(values))) {
            list.setAll(values);
        }
    }

    private void updateTotals() {
        if (loading.get()) {
            return;
        }
        totals.set(I18n.t("dealList.totals", source.size(), filtered.size(),
                Money.format(contractTotal()), Money.format(receivedTotal()), Money.format(outstandingTotal())));
    }

    private BigDecimal sum(Function<DealSummary, BigDecimal> getter) {
        BigDecimal total = BigDecimal.ZERO.setScale(Money.SCALE);
        for (DealSummary s : filtered) {
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

    public static String yesNo(boolean value) {
        return value ? I18n.t("common.yes") : I18n.t("common.no");
    }

    /** The rows as shown (filtered and in the table's sort order), as export rows. */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (DealSummary s : filtered) {
            List<Object> row = new ArrayList<>();
            row.add(s.contractNo());
            row.add(s.title());
            row.add(modeText(s));
            row.add(s.counterparty());
            row.add(s.signedOn());
            row.add(s.status().label());
            row.add(s.contractAmount());
            row.add(s.received());
            row.add(s.outstanding());
            row.add(s.overdue());
            row.add(s.departments());
            row.add(yesNo(s.registered()));
            rows.add(row);
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("deal.contractNo"), I18n.t("deal.title"), I18n.t("deal.mode"),
                I18n.t("dealList.counterparty"), I18n.t("deal.signedOn"), I18n.t("dealList.status"),
                I18n.t("dealList.contractAmount"), I18n.t("dealList.received"), I18n.t("dealList.outstanding"),
                I18n.t("dealList.overdue"), I18n.t("dealList.departments"), I18n.t("dealList.registered"));
    }

    public ObservableList<DealSummary> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<DealSummary> sortedRows() {
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

    public ObjectProperty<DealMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<DealStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectProperty<String> counterpartyProperty() {
        return counterparty;
    }

    public ObjectProperty<Boolean> registeredProperty() {
        return registered;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ObservableList<String> counterparties() {
        return counterparties;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** For tests: the row with this contract number, if shown. */
    public DealSummary find(String contractNo) {
        return filtered.stream().filter(s -> Objects.equals(s.contractNo(), contractNo)).findFirst().orElse(null);
    }
}
