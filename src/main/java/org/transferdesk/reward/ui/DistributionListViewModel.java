package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.transferdesk.reward.BatchOutcome;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The distributions (奖励分配台账): loads in the background, filters as the user types (contract no., title,
 * names) and by status, kind and basis year; keeps totals of the net, the pools and what was paid.
 */
public final class DistributionListViewModel {
    /** One row: the distribution, what was paid of it, and the text the search looks in (made once per row). */
    public record Row(Distribution distribution, BigDecimal paid, String searchText) {
        public static Row of(Distribution d) {
            BigDecimal paid = d.lines().stream().filter(DistributionLine::isPaid).map(DistributionLine::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            return new Row(d, paid, DistributionListViewModel.searchText(d));
        }

        public long id() {
            return distribution.id();
        }

        public int year() {
            return distribution.basisDate().getYear();
        }
    }

    private static final int SUMMARY_LINES = 25;

    private final DistributionService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SortedFilteredRows<Row> listRows = new SortedFilteredRows<>();
    private final ObservableList<Row> source = listRows.all();
    private final FilteredList<Row> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<DistributionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<DistributionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final DataEvents events;
    private long loadGeneration;

    public DistributionListViewModel(DistributionService service, TaskExecutor executor, DialogService dialogs,
                                     DataEvents events) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(searchText, status, kind, year)) {
            p.addListener(o -> filtered.setPredicate(predicate()));
        }
        filtered.addListener((ListChangeListener<Row>) c -> updateTotals());
        events.subscribe(change -> {
            switch (change.kind()) {
                case DISTRIBUTION, DEAL, ALL, PERSON -> load();
                default -> { }
            }
        });
    }

    /** (Re)loads every distribution; answers to an older load are dropped. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.list(null)).onSuccess(list -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(list.stream().map(Row::of).toList());
                List<Integer> ys = source.stream().map(Row::year).distinct().sorted(Comparator.reverseOrder()).toList();
                if (!years.equals(ys)) {
                    years.setAll(ys);
                }
                updateTotals();
            }
        }).onFinished(() -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
        }));
    }

    /**
     * "Propose all": a draft for every undistributed receipt (of the year, if given) and every equity deal
     * without one; then a summary of what was created and what could not be distributed and why.
     */
    public void proposeAll(Integer forYear) {
        if (!dialogs.confirm(I18n.t("rewardList.batchTitle"), forYear == null ? I18n.t("rewardList.batchConfirmAll")
                : I18n.t("rewardList.batchConfirmYear", String.valueOf(forYear)))) {
            return;
        }
        loading.set(true);
        executor.execute(BackgroundTask.of(p -> service.distributeAll(null, forYear)).onSuccess(outcome -> {
            dialogs.showInfo(I18n.t("rewardList.batchTitle"), summary(outcome));
            events.allChanged();
        }).onFinished(() -> loading.set(false)));
    }

    static String summary(BatchOutcome outcome) {
        StringBuilder text = new StringBuilder(I18n.t("rewardList.batchCreated", outcome.created().size(),
                outcome.skipped().size()));
        // The dialog must fit on the screen; the rest can be found with "Propose all" again or per deal.
        List<BatchOutcome.Skipped> skipped = outcome.skipped();
        for (BatchOutcome.Skipped s : skipped.subList(0, Math.min(SUMMARY_LINES, skipped.size()))) {
            text.append('\n').append(I18n.t("rewardList.batchSkipped", Objects.toString(s.contractNo(), ""), s.what(),
                    s.reason()));
        }
        if (skipped.size() > SUMMARY_LINES) {
            text.append('\n').append(I18n.t("rewardList.batchMore", skipped.size() - SUMMARY_LINES));
        }
        return text.toString();
    }

    static String searchText(Distribution d) {
        StringBuilder b = new StringBuilder();
        b.append(nz(d.contractNo())).append('\u0001').append(nz(d.title()));
        d.lines().forEach(l -> b.append('\u0001').append(nz(l.staffNo())).append(' ').append(nz(l.name())));
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Predicate<Row> predicate() {
        String text = searchText.get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        DistributionStatus s = status.get();
        DistributionKind k = kind.get();
        Integer y = year.get();
        return r -> (s == null || s == r.distribution().status()) && (k == null || k == r.distribution().kind())
                && (y == null || y == r.year())
                && (terms.length == 0 || Arrays.stream(terms).allMatch(r.searchText()::contains));
    }

    public void clearFilters() {
        searchText.set("");
        status.set(null);
        kind.set(null);
        year.set(null);
    }

    private void updateTotals() {
        if (loading.get()) {
            return;
        }
        // cash and equity (valued at the 作价 amount) are not added together: one is paid, the other granted
        BigDecimal pool = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal equity = BigDecimal.ZERO;
        for (Row r : filtered) {
            boolean cash = r.distribution().kind().paysCash();
            if (r.distribution().status().isLive()) {
                if (cash) {
                    pool = pool.add(r.distribution().figures().pool());
                } else {
                    equity = equity.add(r.distribution().figures().pool());
                }
            }
            if (cash) {
                paid = paid.add(r.paid());
            }
        }
        totals.set(I18n.t("rewardList.totals", source.size(), filtered.size(), Money.format(pool), Money.format(paid),
                Money.format(equity)));
    }

    /** The rows as shown (filtered, in the table's order). */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (Row r : filtered) {
            Distribution d = r.distribution();
            rows.add(Arrays.asList(d.kind().label(), d.contractNo(), d.title(), d.basisDate(), d.figures().net(),
                    d.figures().pool(), d.status().label(), d.lines().size(), r.paid()));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("reward.kind"), I18n.t("deal.contractNo"), I18n.t("deal.title"),
                I18n.t("reward.basisDate"), I18n.t("reward.net"), I18n.t("reward.pool"), I18n.t("reward.status"),
                I18n.t("reward.lineCount"), I18n.t("reward.paidAmount"));
    }

    public ObservableList<Row> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<Row> sortedRows() {
        return listRows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<DistributionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<DistributionKind> kindProperty() {
        return kind;
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

    public int shownCount() {
        return filtered.size();
    }
}
