package org.transferdesk.dashboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.dashboard.Attention;
import org.transferdesk.dashboard.AttentionSource;
import org.transferdesk.dashboard.Dashboard;
import org.transferdesk.due.DueAttention;
import org.transferdesk.due.DueRanking;
import org.transferdesk.dashboard.DashboardService;
import org.transferdesk.dashboard.KeyFigure;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.report.Tally;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The home screen (首页): key figures of this year so far against last year, the five-year charts and what
 * needs attention, read in the background. Opening an attention item and clicking a tile are callbacks the
 * main window supplies.
 */
public final class DashboardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardViewModel.class);

    private final DashboardService service;
    private final TaskExecutor executor;
    private final Consumer<RecordRef> open;
    private final Runnable showReport;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> contractAmounts = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> received = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> rewards = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> departments = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> pilotSteps = FXCollections.observableArrayList();
    private final ObservableList<AttentionRow> attention = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attentionSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attentionKinds = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public DashboardViewModel(DashboardService service, TaskExecutor executor, Consumer<RecordRef> open,
                              Runnable showReport) {
        this.service = service;
        this.executor = executor;
        this.open = open;
        this.showReport = showReport;
    }

    /** (Re)reads everything as of today; the answer of an older refresh is dropped. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        error.set("");
        status.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.load()).onSuccess(d -> {
            if (mine == generation) {
                show(d);
            }
        }).onFailure(e -> {
            LOG.error("Reading the home screen failed", e);
            if (mine == generation) {
                error.set(I18n.t("dashboard.loadFailed"));
                status.set("");
            }
        }).onFinished(() -> {
            if (mine == generation) {
                loading.set(false);
            }
        }));
    }

    private void show(Dashboard d) {
        heading.set(I18n.t("dashboard.heading", d.year(), d.asOf().toString(), d.year() - 1));
        tiles.setAll(d.keyFigures().stream().map(DashboardViewModel::tile).toList());
        contractAmounts.setAll(DashboardCharts.byMode(d, Tally::contractAmount));
        received.setAll(DashboardCharts.byMode(d, Tally::received));
        rewards.setAll(DashboardCharts.rewards(d));
        departments.setAll(DashboardCharts.departments(d));
        pilotSteps.setAll(DashboardCharts.pilotSteps(d));
        attention.setAll(d.attention().stream().map(a -> row(a, d.asOf())).toList());
        // the counts are the 待办 badge's (DueAttention), not those of the rows shown
        DueAttention due = d.due();
        int checks = d.attentionTotal() - due.total();
        String checksText = checks > 0 ? I18n.t("dashboard.attention.checks", checks) : "";
        attentionSummary.set(d.attention().size() < d.attentionTotal()
                ? I18n.t("dashboard.attention.summaryCut", due.total(), due.overdue(), due.dueSoon(), due.soonDays(),
                        checksText, d.attention().size())
                : I18n.t("dashboard.attention.summary", due.total(), due.overdue(), due.dueSoon(), due.soonDays(),
                        checksText));
        attentionKinds.set(d.dueByKind().isEmpty() ? "" : I18n.t("dueRank.kinds", DueRanking.describe(d.dueByKind())));
        status.set(I18n.t("dashboard.status", d.asOf().toString(), due.total()));
    }

    static Tile tile(KeyFigure k) {
        boolean money = k.figure().money();
        String value = money ? Money.formatWan(k.current()) : k.current().toPlainString();
        String previous = I18n.t("dashboard.previous",
                money ? Money.formatWan(k.previous()) : k.previous().toPlainString());
        if (k.change() == null) {
            boolean none = k.current().signum() == 0;
            return new Tile(k.figure(), k.figure().label(), value, previous,
                    none ? I18n.t("dashboard.change.none") : I18n.t("dashboard.change.fromZero"), Tile.Trend.NONE);
        }
        BigDecimal pct = k.change().fraction().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        String abs = pct.abs().toPlainString() + "%";
        return switch (pct.signum()) {
            case 1 -> new Tile(k.figure(), k.figure().label(), value, previous,
                    I18n.t("dashboard.change.up", abs), Tile.Trend.UP);
            case -1 -> new Tile(k.figure(), k.figure().label(), value, previous,
                    I18n.t("dashboard.change.down", abs), Tile.Trend.DOWN);
            default -> new Tile(k.figure(), k.figure().label(), value, previous,
                    I18n.t("dashboard.change.same"), Tile.Trend.SAME);
        };
    }

    static AttentionRow row(Attention a, LocalDate today) {
        String status;
        if (a.source() == AttentionSource.REPORT_CHECK) {
            status = I18n.t("dashboard.attention.check", a.reportYear());
        } else {
            long left = ChronoUnit.DAYS.between(today, a.date());
            status = left < 0 ? I18n.t("due.status.overdue", -left)
                    : left == 0 ? I18n.t("due.status.today") : I18n.t("due.status.left", left);
        }
        String what = a.action() == null || a.action().isBlank() ? a.kind().label()
                : I18n.t("dashboard.attention.what", a.kind().label(), a.action());
        return new AttentionRow(a, status, what, a.record().label(), a.date() == null ? "" : a.date().toString(),
                a.amount() == null ? "" : Money.format(a.amount()), a.source() == AttentionSource.OVERDUE);
    }

    /** Opens the record of an attention item (Enter or a double click). */
    public void open(AttentionRow row) {
        if (row != null) {
            open.accept(row.item().record());
        }
    }

    /** A tile was clicked: the full annual report explains the figure. */
    public void showReport() {
        showReport.run();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    /** Contract amount (万元) per report mode; categories are the years. */
    public ObservableList<ChartSeries> contractAmounts() {
        return contractAmounts;
    }

    /** Money received in the year (万元) per report mode; categories are the years. */
    public ObservableList<ChartSeries> received() {
        return received;
    }

    /** Cash and equity rewards (万元); categories are the years. */
    public ObservableList<ChartSeries> rewards() {
        return rewards;
    }

    /** This year's disclosed results by department (top ten and the rest). */
    public ObservableList<ChartSeries> departments() {
        return departments;
    }

    /** Pilot cases by their current step. */
    public ObservableList<ChartSeries> pilotSteps() {
        return pilotSteps;
    }

    public ObservableList<AttentionRow> attention() {
        return attention;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attentionSummaryProperty() {
        return attentionSummary.getReadOnlyProperty();
    }

    /** "需要关注：专利年费 12 · 应收款 9 · …": the reminders needing attention by kind, most urgent kind first. */
    public ReadOnlyStringProperty attentionKindsProperty() {
        return attentionKinds.getReadOnlyProperty();
    }

    /** The status bar text of the page. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
