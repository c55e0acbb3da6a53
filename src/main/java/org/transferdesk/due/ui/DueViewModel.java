package org.transferdesk.due.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DueAttention;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.due.DueRanking;
import org.transferdesk.due.DueService;
import org.transferdesk.calendar.CalendarGaps;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The Due screen (待办): every open deadline, loaded in the background, filtered by text, kind and how far
 * ahead to look, grouped by consequence (what needs attention, worst first), by week or by kind; the selected item can be marked done (who and when are
 * recorded) and disappears.
 */
public final class DueViewModel {
    private final DueService service;
    private final TaskExecutor executor;
    private final DataEvents events;
    private final List<DueItem> all = new ArrayList<>();
    private final ObservableList<DueGroup> groups = FXCollections.observableArrayList();
    private final DueFilters filters = new DueFilters();
    private final javafx.beans.property.ReadOnlyStringWrapper calendarWarning =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObjectProperty<DueItem> selected = new SimpleObjectProperty<>();
    private final DoneForm doneForm = new DoneForm();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attentionKinds = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private LocalDate today;
    private List<Integer> levels = List.of();
    private List<DueItem> shown = List.of();
    private final LiveData live;
    private long generation;

    public DueViewModel(DueService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        this.events = events;
        this.today = service.today();
        filters.onChange(this::regroup);
        selected.addListener((o, a, b) -> {
            doneForm.startFor(b, today);
            error.set("");
        });
        live = LiveData.reloading(events, change -> true, this::load);
    }

    /** The page came into view or left it: it reloads on changes only while shown. */
    public void setShown(boolean shown) {
        live.setShown(shown);
    }

    /** (Re)reads every open item as of today; answers to an older load are dropped. */
    public void load() {
        long mine = ++generation;
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> {
            LocalDate on = service.today();
            return new Loaded(on, service.open(on), service.reminderDays(on), service.calendarGaps(on));
        }).onSuccess(loaded -> {
            if (mine == generation) {
                today = loaded.today();
                calendarWarning.set(CalendarGaps.message(loaded.calendarGaps()));
                levels = loaded.levels();
                all.clear();
                all.addAll(loaded.items());
                regroup();
            }
        }));
    }

    private record Loaded(LocalDate today, List<DueItem> items, List<Integer> levels,
                          java.util.SortedSet<Integer> calendarGaps) {
    }

    /** Not empty when the coming months reach a year without holiday arrangements. */
    public javafx.beans.property.ReadOnlyStringProperty calendarWarningProperty() {
        return calendarWarning.getReadOnlyProperty();
    }

    /** Within the smallest reminder level (7 days by default), not yet overdue: shown as urgent. */
    public boolean urgent(DueItem item) {
        Integer level = item.level(today, levels);
        return level != null && level.equals(levels.stream().min(Integer::compare).orElse(null));
    }

    private void regroup() {
        Predicate<DueItem> words = ListPage.searchMatch(filters.searchText().get(), DueViewModel::searchTextOf);
        DueKind k = filters.kind().get();
        Horizon h = filters.horizon().get() == null ? Horizon.ALL : filters.horizon().get();
        LocalDate until = h == Horizon.ALL ? LocalDate.MAX : today.plusDays(h.days());
        shown = all.stream().filter(i -> (k == null || i.kind() == k) && !i.dueOn().isAfter(until)
                && words.test(i)).toList();
        Grouping by = filters.grouping().get();
        int soonDays = levels.stream().mapToInt(Integer::intValue).min().orElse(7);
        DueRanking ranking = new DueRanking(today, soonDays);
        groups.setAll(DueGroups.of(shown, by == null ? Grouping.CONSEQUENCE : by, ranking));
        long overdue = shown.stream().filter(i -> i.overdue(today)).count();
        DueAttention attention = DueAttention.of(all, today, soonDays);
        // of all open items, like the count beside it: the kinds add up to it whatever the filters show
        Map<DueKind, Integer> kinds = ranking.countByKind(all.stream().filter(ranking::needsAttention).toList());
        attentionKinds.set(kinds.isEmpty() ? "" : I18n.t("dueRank.kinds", DueRanking.describe(kinds)));
        totals.set(I18n.t("due.totals", shown.size(), overdue, all.size()) + " · " + I18n.t("due.attention",
                attention.total(), attention.overdue(), attention.dueSoon(), attention.soonDays()));
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
    }

    private static String searchTextOf(DueItem i) {
        return String.join(" ", i.kind().label(), i.record().label(), i.action(), i.detail() == null ? "" : i.detail(),
                i.rule()).toLowerCase(Locale.ROOT);
    }

    /** Marks the selected item done on the chosen day with the note; refused without a day or in the future. */
    public void markSelectedDone() {
        DueItem item = selected.get();
        LocalDate on = doneForm.doneOn().get();
        if (item == null) {
            return;
        }
        if (on == null || on.isAfter(today)) {
            error.set(I18n.t("due.done.badDate"));
            return;
        }
        String text = doneForm.note().get();
        if (item.kind() == DueKind.PATENT_FEE) {
            recordFeePaid(item, on);
            return;
        }
        executor.execute(marking(() -> service.markDone(item.key(), on, text)));
    }

    /** A fee item is done when the fee is paid: amount, day and receipt number are recorded. */
    private void recordFeePaid(DueItem item, LocalDate on) {
        java.util.Optional<java.math.BigDecimal> amount = org.transferdesk.common.Money.parse(doneForm.paidAmount().get());
        if (amount.isEmpty() || amount.get().signum() < 0) {
            error.set(I18n.t("due.fee.badAmount"));
            return;
        }
        String receipt = doneForm.receiptNo().get();
        executor.execute(marking(() -> service.recordFeePaid(item.key(), on, amount.get(), receipt))
                .onFailure(e -> error.set(e instanceof org.transferdesk.common.ValidationException v
                        ? v.localizedSummary() : org.transferdesk.ui.ErrorHandler.plainMessage(e))));
    }

    /** Writes a done mark in the background; once written the item is no longer selected and every list reloads. */
    private BackgroundTask<Void> marking(Runnable write) {
        return BackgroundTask.run(write).onSuccess(done -> {
            selected.set(null);
            events.dueChanged();
        });
    }

    /** The export's column of amounts in yuan (printed as money), by position in {@link #exportHeaders()}. */
    public static final Set<Integer> EXPORT_AMOUNT_COLUMNS = Set.of(5);

    /**
     * The filters that chose the rows shown, in words for a printed export, as every list says them ("筛选：类型 =
     * 专利年费；到期 = 未来 90 天（含已逾期）；搜索 “深圳”"); looking at everything ahead is no filter.
     */
    public String filterDescription() {
        DueKind k = filters.kind().get();
        Horizon h = filters.horizon().get();
        return ListPage.filterInWords(Arrays.asList(
                k == null ? null : ListFacet.choiceInWords(I18n.t("dueCol.kind"), k.label()),
                h == null || h == Horizon.ALL ? null : ListFacet.choiceInWords(I18n.t("printB24.dueHorizon"),
                        I18n.t("printB24.dueHorizonChoice", h.label()))),
                filters.searchText().get());
    }

    /** The rows as shown, for the table export. */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(shown.size());
        for (DueItem i : shown) {
            rows.add(Arrays.asList(i.dueOn(), DueGroups.status(i, today), i.kind().label(), i.record().label(),
                    i.action(), i.amount(), i.detail(), ruleText(i)));
        }
        return rows;
    }

    /**
     * What a reminder cites, as the list and its export show it: a rule book id (R-PAT-FEE) as it is, a reminder the
     * contract itself sets (its instalments and duties: "CONTRACT") in words.
     */
    public static String ruleText(DueItem item) {
        String rule = item.rule();
        return CONTRACT_TERMS.equals(rule) ? I18n.t("dueRuleB24.contract") : rule == null ? "" : rule;
    }

    /** The rule a reminder cites when the contract's own terms set it, not the rule book. */
    private static final String CONTRACT_TERMS = "CONTRACT";

    public static List<String> exportHeaders() {
        return List.of(I18n.t("dueCol.dueOn"), I18n.t("dueCol.status"), I18n.t("dueCol.kind"), I18n.t("dueCol.record"),
                I18n.t("dueCol.action"), I18n.t("dueCol.amount"), I18n.t("dueCol.detail"), I18n.t("dueCol.rule"));
    }

    public String statusOf(DueItem item) {
        return DueGroups.status(item, today);
    }

    public LocalDate today() {
        return today;
    }

    /** The items as shown, earliest first (what the calendar export writes). */
    public List<DueItem> shown() {
        return shown;
    }

    public ObservableList<DueGroup> groups() {
        return groups;
    }

    public DueFilters filters() {
        return filters;
    }

    public ObjectProperty<DueItem> selectedProperty() {
        return selected;
    }

    /** The selected item's done mark (reset whenever the selection changes). */
    public DoneForm doneForm() {
        return doneForm;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** "需要关注：专利年费 12 · 应收款 9 · …": what needs attention by kind, most urgent kind first. */
    public ReadOnlyStringProperty attentionKindsProperty() {
        return attentionKinds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
