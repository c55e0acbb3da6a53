package org.transferdesk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.ProgressSink;

/**
 * The view model every list page shares: loads rows in the background (answers to an older load are dropped), sorts
 * them once and filters per keystroke ({@link SortedFilteredRows}), keeps the status-bar totals, and exports the rows
 * as shown through its {@link ListColumn}s; its filter combos are {@link ListFacet}s it makes here, which filter, clear
 * and take their choices from the rows without the page's help. A page adds only its own: columns, facets, the query
 * and the totals text.
 * Plain JavaFX collections and properties, no toolkit: tests drive it with a {@link CurrentThreadTaskExecutor}.
 */
public abstract class ListPage<R> {
    private final TaskExecutor executor;
    private final List<ListColumn<R>> columns;
    private final SortedFilteredRows<R> rows = new SortedFilteredRows<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final List<ListFacet<R, ?>> facets = new ArrayList<>();
    private final List<ListToggle<R>> toggles = new ArrayList<>();
    private final List<LiveData> live = new ArrayList<>();
    private long loadGeneration;

    protected ListPage(TaskExecutor executor, List<ListColumn<R>> columns) {
        this.executor = executor;
        this.columns = List.copyOf(columns);
        refilterOn(searchText);
        rows.shown().addListener((ListChangeListener<R>) c -> updateTotals());
    }

    /**
     * Reads every row off the UI thread. A page that reads in chunks hands its first chunk to {@code firstRows} so the
     * table fills before the bulk is read.
     */
    protected abstract List<R> read(ProgressSink progress, Consumer<List<R>> firstRows) throws Exception;

    /** The filter as the page's controls now say. */
    protected abstract Predicate<R> predicate();

    /** The status-bar text once loaded: all rows and the rows shown. */
    protected abstract String totalsText(int all, int shown);

    /** The status-bar text while rows arrive; null keeps "loading". */
    protected String loadingText(int soFar) {
        return null;
    }

    /** After a load: the facet choices that come from the data. */
    protected void loaded() {
    }

    /** Resets the page's filters other than its facets and toggles; those and the search text are cleared here. */
    protected void clearFacets() {
    }

    /**
     * A facet whose choices are fixed ({@code choices}: yes/no) and whose row value is {@code key}, shown by
     * {@code text}, with {@code allKey} (a bundle key) for "all"; the rows are filtered again when its choice changes,
     * and "clear filters" resets it.
     */
    protected final <T> ListFacet<R, T> facet(Function<R, T> key, List<T> choices, String allKey,
                                              Function<T, String> text) {
        return registered(ListFacet.fixed(key, choices, allKey, text));
    }

    /** As {@link #facet(Function, List, String, Function)}, offering an enum's constants shown by their labels. */
    protected final <T extends Labeled> ListFacet<R, T> facet(Function<R, T> key, T[] choices, String allKey) {
        return facet(key, List.of(choices), allKey, Labeled::label);
    }

    /** A facet offering the values (non-null) of {@code key} the loaded rows have, in {@code order}. */
    protected final <T> ListFacet<R, T> facetFromRows(Function<R, T> key, Comparator<? super T> order, String allKey) {
        return registered(ListFacet.fromRows(ListFacet.single(key), order, allKey));
    }

    /** As {@link #facetFromRows}, for a row that has several values (a deal's departments); it passes on any. */
    protected final <T> ListFacet<R, T> facetFromRowsOfEach(Function<R, ? extends Collection<T>> valuesOf,
                                                            Comparator<? super T> order, String allKey) {
        return registered(ListFacet.fromRows(valuesOf, order, allKey));
    }

    private <T> ListFacet<R, T> registered(ListFacet<R, T> facet) {
        facets.add(facet);
        refilterOn(facet);
        return facet;
    }

    /**
     * A filter that is on or off (a check box: "只看逾期/待提醒"), labelled by {@code labelKey} (a bundle key) on its check
     * box and in a printed export's filter line; while on, a row passes only when {@code passes} says so. The rows are
     * filtered again when it is switched, "clear filters" turns it off, and {@link #facetsMatch()} applies it.
     */
    protected final ListToggle<R> toggle(String labelKey, Predicate<R> passes) {
        ListToggle<R> toggle = new ListToggle<>(labelKey, passes);
        toggles.add(toggle);
        refilterOn(toggle);
        return toggle;
    }

    /** The toggles in the order the page made them: the order of its filter bar's check boxes. */
    public final List<ListToggle<R>> toggles() {
        return Collections.unmodifiableList(toggles);
    }

    /** The facets in the order the page made them: the order of its filter combos. */
    public final List<ListFacet<R, ?>> facets() {
        return Collections.unmodifiableList(facets);
    }

    /**
     * The facets and toggles as a filter: a row passes every facet's choice and every toggle that is on. For a page's
     * {@link #predicate()}.
     */
    protected final Predicate<R> facetsMatch() {
        Predicate<R> all = row -> true;
        for (ListFacet<R, ?> f : facets) {
            all = all.and(f.match());
        }
        for (ListToggle<R> t : toggles) {
            all = all.and(t.match());
        }
        return all;
    }

    /** The facets' choices from the rows now held: after a load, and after a page changes its rows itself. */
    protected final void deriveChoices() {
        for (ListFacet<R, ?> f : facets) {
            f.deriveChoices(rows.all());
        }
    }

    /** (Re)loads every row; answers to an older load are dropped. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(progress -> read(progress, first -> {
            List<R> firstRows = List.copyOf(first);
            executor.uiThread().execute(() -> {
                if (generation == loadGeneration) {
                    rows.setAll(firstRows);
                }
            });
        })).onSuccess(all -> {
            if (generation == loadGeneration) {
                loading.set(false);
                rows.setAll(all);
                deriveChoices();
                loaded();
                updateTotals();
            }
        }).onFinished(() -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
        }));
    }

    /**
     * Loads again whenever another screen publishes a change of one of these kinds, at once while the page is shown,
     * else when it is shown again ({@link LiveData}).
     */
    protected final void reloadOn(DataEvents events, DataEvents.Change.Kind kind, DataEvents.Change.Kind... more) {
        Set<DataEvents.Change.Kind> kinds = EnumSet.of(kind, more);
        follow(LiveData.reloading(events, change -> kinds.contains(change.kind()), this::load));
    }

    /** As {@link #reloadOn}, for a page every change may touch (counts of other records in its rows). */
    protected final void reloadOnAny(DataEvents events) {
        follow(LiveData.reloading(events, change -> true, this::load));
    }

    /** The page's own use of a change while shown (one row refreshed); missed changes reload it whole. */
    protected final void follow(DataEvents events, Predicate<DataEvents.Change> relevant,
                                Consumer<DataEvents.Change> whileShown) {
        follow(LiveData.following(events, relevant, whileShown, this::load));
    }

    private void follow(LiveData data) {
        live.add(data);
    }

    /** The page's view came into view or left it (see {@link LiveData#whileShown}). */
    public final void setShown(boolean shown) {
        live.forEach(l -> l.setShown(shown));
    }

    /** The filter is applied again whenever one of these changes. */
    protected final void refilterOn(Observable... filters) {
        for (Observable o : filters) {
            o.addListener(x -> rows.setPredicate(predicate()));
        }
    }

    /**
     * The search box as a filter: a row passes when its text (lower case, from {@code textOf}) contains every word
     * typed, in any order. With nothing typed every row passes and {@code textOf} is not called.
     */
    protected final Predicate<R> searchMatch(Function<R, String> textOf) {
        return searchMatch(searchText.get(), textOf);
    }

    /** As {@link #searchMatch(Function)} for a search box outside a list page (the due list's groups). */
    public static <T> Predicate<T> searchMatch(String text, Function<T, String> textOf) {
        if (text == null || text.isBlank()) {
            return row -> true;
        }
        String[] terms = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return row -> {
            String haystack = textOf.apply(row);
            return Arrays.stream(terms).allMatch(haystack::contains);
        };
    }

    public final void clearFilters() {
        searchText.set("");
        for (ListFacet<R, ?> f : facets) {
            f.set(null);
        }
        for (ListToggle<R> t : toggles) {
            t.set(false);
        }
        clearFacets();
    }

    private void updateTotals() {
        if (loading.get()) {
            String text = loadingText(rows.all().size());
            if (text != null) {
                totals.set(text);
            }
            return;
        }
        totals.set(totalsText(rows.all().size(), rows.shown().size()));
    }

    /** Replaces a facet's choices only when they changed, so a combo keeps its popup and choice. */
    protected static <T> void setIfChanged(ObservableList<T> choices, Collection<T> values) {
        if (!choices.equals(new ArrayList<>(values))) {
            choices.setAll(values);
        }
    }

    public final List<ListColumn<R>> columns() {
        return columns;
    }

    /** The export's headers: the columns' own, in their order. */
    public final List<String> exportHeaders() {
        return columns.stream().map(ListColumn::header).toList();
    }

    /**
     * The filter that chose the shown rows, in words for a printed export: each facet's choice, each toggle that is on,
     * then the search text ("筛选：状态 = 已签订；只看逾期/待提醒；搜索 “深圳”"), or that nothing was filtered.
     */
    public final String filterDescription() {
        List<String> parts = new ArrayList<>();
        for (ListFacet<R, ?> f : facets) {
            parts.add(f.describeChoice());
        }
        for (ListToggle<R> t : toggles) {
            parts.add(t.describe());
        }
        return filterInWords(parts, searchText.get());
    }

    /**
     * A printed list's filter line from the filters in words ({@code choices}; nulls, filters not in use, are left out)
     * and the search text (blank: none), for a page that is not a list page (the 待办 tree) to read like the others.
     */
    public static String filterInWords(List<String> choices, String search) {
        List<String> parts = new ArrayList<>();
        for (String choice : choices) {
            if (choice != null) {
                parts.add(choice);
            }
        }
        if (search != null && !search.isBlank()) {
            parts.add(I18n.t("listPrint.searchText", search.strip()));
        }
        return parts.isEmpty() ? I18n.t("listPrint.unfiltered")
                : I18n.t("listPrint.filter", String.join(I18n.t("listPrint.filterSeparator"), parts));
    }

    /** The export's columns that hold amounts in yuan (formatted as money when printed), by position. */
    public final Set<Integer> exportAmountColumns() {
        Set<Integer> amounts = new TreeSet<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).align() == ListColumn.Align.MONEY) {
                amounts.add(c);
            }
        }
        return amounts;
    }

    /** The rows as shown (filtered, in the table's order), one export value per column. */
    public final List<List<Object>> visibleRowsForExport() {
        List<List<Object>> out = new ArrayList<>(rows.shown().size());
        for (R row : rows.shown()) {
            List<Object> values = new ArrayList<>(columns.size());
            for (ListColumn<R> c : columns) {
                values.add(c.export().apply(row));
            }
            out.add(values);
        }
        return out;
    }

    /** Every row in load order: a page edits these when one record changes. */
    protected final ObservableList<R> all() {
        return rows.all();
    }

    /** The first shown row that matches, or null. */
    protected final R findShown(Predicate<R> which) {
        return rows.shown().stream().filter(which).findFirst().orElse(null);
    }

    /** The rows as shown: filtered, in the table's sort order. */
    public final FilteredList<R> rows() {
        return rows.shown();
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public final SortedFilteredRows<R> sortedRows() {
        return rows;
    }

    public final int totalCount() {
        return rows.all().size();
    }

    public final int shownCount() {
        return rows.shown().size();
    }

    public final StringProperty searchTextProperty() {
        return searchText;
    }

    public final BooleanProperty loadingProperty() {
        return loading;
    }

    public final ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    protected final TaskExecutor executor() {
        return executor;
    }
}
