package org.transferdesk.deal.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The counterparty list (受让方、被许可方、被投资企业、委托方): loads in the background, filters as the
 * user types (name, credit code, region, industry, contact) and by region, industry and size; keeps totals.
 */
public final class CounterpartyListViewModel {
    private final CounterpartyService service;
    private final TaskExecutor executor;
    private final SortedFilteredRows<Counterparty> listRows = new SortedFilteredRows<>();
    private final ObservableList<Counterparty> source = listRows.all();
    private final FilteredList<Counterparty> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<String> industry = new SimpleObjectProperty<>();
    private final ObjectProperty<EnterpriseSize> size = new SimpleObjectProperty<>();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> industries = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public CounterpartyListViewModel(CounterpartyService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        searchText.addListener((o, a, b) -> applyFilter());
        region.addListener((o, a, b) -> applyFilter());
        industry.addListener((o, a, b) -> applyFilter());
        size.addListener((o, a, b) -> applyFilter());
        filtered.addListener((ListChangeListener<Counterparty>) c -> updateTotals());
        events.subscribe(change -> load());
    }

    /** (Re)loads every counterparty; answers to an older load are dropped. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.findAll()).onSuccess(rows -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(rows);
                rebuild(regions, Counterparty::region);
                rebuild(industries, Counterparty::industry);
                updateTotals();
            }
        }).onFinished(() -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
        }));
    }

    static String searchText(Counterparty c) {
        return String.join("\u0001", nz(c.name()), nz(c.creditCode()), nz(c.region()), nz(c.industry()),
                nz(c.contact())).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void applyFilter() {
        filtered.setPredicate(predicate());
    }

    private Predicate<Counterparty> predicate() {
        String text = searchText.get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String r = region.get();
        String i = industry.get();
        EnterpriseSize s = size.get();
        return c -> (r == null || r.equals(c.region())) && (i == null || i.equals(c.industry()))
                && (s == null || s == c.size())
                && (terms.length == 0 || Arrays.stream(terms).allMatch(searchText(c)::contains));
    }

    public void clearFilters() {
        searchText.set("");
        region.set(null);
        industry.set(null);
        size.set(null);
    }

    private void rebuild(ObservableList<String> target, Function<Counterparty, String> key) {
        TreeSet<String> values = new TreeSet<>(Collator.getInstance(Locale.CHINA));
        source.stream().map(key).filter(Objects::nonNull).filter(v -> !v.isBlank()).forEach(values::add);
        if (!target.equals(new ArrayList<>(values))) {
            target.setAll(values);
        }
    }

    private void updateTotals() {
        if (!loading.get()) {
            totals.set(I18n.t("counterpartyList.totals", source.size(), filtered.size()));
        }
    }

    /** The rows as shown (filtered, in the table's order). */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (Counterparty c : filtered) {
            rows.add(Arrays.asList(c.name(), c.creditCode(), c.region(), c.industry(),
                    c.size() == null ? null : c.size().label(), c.contact()));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("counterparty.name"), I18n.t("counterpartyList.creditCode"),
                I18n.t("counterpartyList.region"), I18n.t("counterpartyList.industry"),
                I18n.t("counterpartyList.size"), I18n.t("counterpartyList.contact"));
    }

    public ObservableList<Counterparty> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<Counterparty> sortedRows() {
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

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObjectProperty<String> industryProperty() {
        return industry;
    }

    public ObjectProperty<EnterpriseSize> sizeProperty() {
        return size;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<String> industries() {
        return industries;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }
}
