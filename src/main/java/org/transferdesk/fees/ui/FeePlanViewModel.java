package org.transferdesk.fees.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.fees.FeePlan;
import org.transferdesk.fees.FeePlanRow;
import org.transferdesk.fees.FeePlans;
import org.transferdesk.fees.ReviewRow;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The fee budget window (专利年费预算): the fees due in a chosen year with who pays them, and the portfolio
 * review over the next N years. Both load in the background; changing the year or N reloads, and an answer
 * to an older load is dropped so a fast-clicked spinner never shows a stale year.
 */
public final class FeePlanViewModel {
    static final int DEFAULT_REVIEW_YEARS = 3;

    /** Where the window's exports go (the app chooses a file and writes it); the view model only hands the data. */
    public interface Exports {
        void plan(FeePlan plan);

        void review(List<ReviewRow> rows, LocalDate today, int years);
    }

    private final FeePlans service;
    private final TaskExecutor executor;
    private final IntegerProperty year;
    private final IntegerProperty reviewYears = new SimpleIntegerProperty(DEFAULT_REVIEW_YEARS);
    private final ObservableList<FeePlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReviewRow> reviewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper planLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reviewLoaded = new ReadOnlyBooleanWrapper(false);
    private Exports exports;
    private FeePlan plan;
    private LocalDate reviewToday;
    private int reviewedYears;
    private long planGeneration;
    private long reviewGeneration;

    public FeePlanViewModel(FeePlans service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        this.year = new SimpleIntegerProperty(service.today().getYear());
        year.addListener(o -> loadPlan());
        reviewYears.addListener(o -> loadReview());
    }

    public FeePlanViewModel onExports(Exports exports) {
        this.exports = exports;
        return this;
    }

    /** (Re)loads the budget and the review. */
    public void load() {
        loadPlan();
        loadReview();
    }

    public void loadPlan() {
        long mine = ++planGeneration;
        int y = year.get();
        planLoaded.set(false);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.feePlan(y)).onSuccess(loaded -> {
            if (mine == planGeneration) {
                plan = loaded;
                rows.setAll(loaded.rows());
                totals.set(I18n.t("feePlan.totals", String.valueOf(loaded.rows().size()),
                        Money.format(loaded.total()), Money.format(loaded.university()),
                        Money.format(loaded.coOwners())));
                planLoaded.set(true);
            }
        }));
    }

    public void loadReview() {
        long mine = ++reviewGeneration;
        int n = Math.max(1, reviewYears.get());
        reviewLoaded.set(false);
        reviewSummary.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> new Review(service.today(), service.portfolioReview(n)))
                .onSuccess(loaded -> {
                    if (mine == reviewGeneration) {
                        reviewToday = loaded.today();
                        reviewedYears = n;
                        reviewRows.setAll(loaded.rows());
                        reviewSummary.set(I18n.t("feePlan.review.summary", loaded.today().toString(),
                                String.valueOf(n), String.valueOf(loaded.rows().size())));
                        reviewLoaded.set(true);
                    }
                }));
    }

    private record Review(LocalDate today, List<ReviewRow> rows) {
    }

    /** Hands the shown budget to the export (nothing before it has loaded). */
    public void exportPlan() {
        if (exports != null && plan != null && planLoaded.get()) {
            exports.plan(plan);
        }
    }

    /** Hands the shown review, as of the day it was computed, to the export. */
    public void exportReview() {
        if (exports != null && reviewToday != null && reviewLoaded.get()) {
            exports.review(List.copyOf(reviewRows), reviewToday, reviewedYears);
        }
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public IntegerProperty reviewYearsProperty() {
        return reviewYears;
    }

    public ObservableList<FeePlanRow> rows() {
        return rows;
    }

    public ObservableList<ReviewRow> reviewRows() {
        return reviewRows;
    }

    /** The totals under the budget: count, total, the university's and the co-owners' parts. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewSummaryProperty() {
        return reviewSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty planLoadedProperty() {
        return planLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reviewLoadedProperty() {
        return reviewLoaded.getReadOnlyProperty();
    }

    /** Status column text. */
    public static String status(FeePlanRow row) {
        return I18n.t(row.paid() ? "feesExport.status.paid" : "feesExport.status.unpaid");
    }
}
