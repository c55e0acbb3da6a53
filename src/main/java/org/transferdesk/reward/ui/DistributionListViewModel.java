package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.reward.BatchOutcome;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DataEvents.Change.Kind;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The distributions (奖励分配台账): loads in the background, filters as the user types (contract no., title,
 * names) and by status, kind and basis year; keeps totals of the net, the pools and what was paid.
 */
public final class DistributionListViewModel extends ListPage<DistributionListViewModel.Row> {
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

    /** The page's filters: status, kind and the basis years the distributions have (latest first). */
    public record Filters(ListFacet<Row, DistributionStatus> status, ListFacet<Row, DistributionKind> kind,
                          ListFacet<Row, Integer> year) {
    }

    private final DistributionService service;
    private final DialogService dialogs;
    private final Filters filters = new Filters(
            facet(r -> r.distribution().status(), DistributionStatus.values(), "filter.allStatuses"),
            facet(r -> r.distribution().kind(), DistributionKind.values(), "rewardList.allKinds"),
            facetFromRows(Row::year, Comparator.reverseOrder(), "filter.allYears"));
    private final DataEvents events;

    /** Issue 24, item 8: the latest basis date (the receipt or grant it rewards) first. */
    static final Comparator<Row> OPENING = SortedFilteredRows.<Row, java.time.LocalDate>newestFirst(
            r -> r.distribution().basisDate())
            .thenComparing(SortedFilteredRows.newestFirst(r -> r.distribution().contractNo()));

    public DistributionListViewModel(DistributionService service, TaskExecutor executor, DialogService dialogs,
                                     DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        this.dialogs = dialogs;
        this.events = events;
        reloadOn(events, Kind.DISTRIBUTION, Kind.DEAL, Kind.ALL, Kind.PERSON);
    }

    private static List<ListColumn<Row>> listColumns() {
        return List.of(ListColumn.labeled("reward.kind", 120, r -> r.distribution().kind()),
                ListColumn.text("deal.contractNo", 125, r -> r.distribution().contractNo()),
                ListColumn.text("deal.title", 240, r -> r.distribution().title()),
                ListColumn.date("reward.basisDate", 95, r -> r.distribution().basisDate()),
                ListColumn.money("reward.net", 120, r -> r.distribution().figures().net()),
                ListColumn.money("reward.pool", 120, r -> r.distribution().figures().pool()),
                ListColumn.labeled("reward.status", 75, r -> r.distribution().status()),
                ListColumn.of("reward.lineCount", 60, r -> r.distribution().lines().size()),
                ListColumn.money("reward.paidAmount", 120, Row::paid));
    }

    @Override
    protected List<Row> read(ProgressSink progress, Consumer<List<Row>> firstRows) {
        return service.list(null).stream().map(Row::of).toList();
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
        loadingProperty().set(true);
        executor().execute(BackgroundTask.of(p -> service.distributeAll(null, forYear)).onSuccess(outcome -> {
            dialogs.showInfo(I18n.t("rewardList.batchTitle"), summary(outcome));
            events.allChanged();
        }).onFinished(() -> loadingProperty().set(false)));
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

    @Override
    protected Predicate<Row> predicate() {
        return facetsMatch().and(searchMatch(Row::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        // cash and equity (valued at the 作价 amount) are not added together: one is paid, the other granted
        BigDecimal pool = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal equity = BigDecimal.ZERO;
        for (Row r : rows()) {
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
        return I18n.t("rewardList.totals", all, shown, Money.format(pool), Money.format(paid), Money.format(equity));
    }

    public Filters filters() {
        return filters;
    }
}
