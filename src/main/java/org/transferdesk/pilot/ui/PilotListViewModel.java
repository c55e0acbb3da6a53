package org.transferdesk.pilot.ui;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The pilot cases (赋权案件): loads in the background, filters as the user types (case no., result, names)
 * and by step, model, department and "overdue or due" (R-PILOT-DEADLINE); counts what is shown.
 */
public final class PilotListViewModel {
    private final PilotService service;
    private final TaskExecutor executor;
    private final SortedFilteredRows<PilotCaseSummary> listRows = new SortedFilteredRows<>();
    private final ObservableList<PilotCaseSummary> source = listRows.all();
    private final FilteredList<PilotCaseSummary> filtered = listRows.shown();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<PilotStep> step = new SimpleObjectProperty<>();
    private final ObjectProperty<PilotModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final BooleanProperty dueOnly = new SimpleBooleanProperty();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public PilotListViewModel(PilotService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(searchText, step, model, department, dueOnly)) {
            p.addListener(o -> filtered.setPredicate(predicate()));
        }
        filtered.addListener((ListChangeListener<PilotCaseSummary>) c -> updateTotals());
        events.subscribe(change -> {
            switch (change.kind()) {
                case PILOT, RESULT, DEAL, PERSON, ALL -> load();
                default -> { }
            }
        });
    }

    /** (Re)loads every case with its deadline today; answers to an older load are dropped. */
    public void load() {
        long generation = ++loadGeneration;
        loading.set(true);
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.list()).onSuccess(list -> {
            if (generation == loadGeneration) {
                loading.set(false);
                source.setAll(list);
                List<String> ds = list.stream().map(PilotCaseSummary::department).filter(Objects::nonNull).distinct()
                        .sorted().toList();
                if (!departments.equals(ds)) {
                    departments.setAll(ds);
                }
                updateTotals();
            }
        }).onFinished(() -> {
            if (generation == loadGeneration) {
                loading.set(false);
            }
        }));
    }

    private Predicate<PilotCaseSummary> predicate() {
        String text = searchText.get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        PilotStep s = step.get();
        PilotModel m = model.get();
        String d = department.get();
        boolean due = dueOnly.get();
        return r -> (s == null || s == r.step()) && (m == null || m == r.model())
                && (d == null || d.equals(r.department()))
                && (!due || r.deadline() != null && r.deadline().isDue())
                && (terms.length == 0 || Arrays.stream(terms).allMatch(r.searchText()::contains));
    }

    public void clearFilters() {
        searchText.set("");
        step.set(null);
        model.set(null);
        department.set(null);
        dueOnly.set(false);
    }

    private void updateTotals() {
        if (loading.get()) {
            return;
        }
        long overdue = filtered.stream().filter(PilotCaseSummary::overdue).count();
        long due = filtered.stream().filter(r -> r.deadline() != null && r.deadline().isDue() && !r.overdue()).count();
        totals.set(I18n.t("pilotList.totals", source.size(), filtered.size(), overdue, due));
    }

    /** The team's ownership share, or the use right's years. */
    public static String shareOrYears(PilotCaseSummary r) {
        if (r.model() == PilotModel.LONG_TERM_USE) {
            return r.useYears() == null ? "" : I18n.t("pilotList.years", r.useYears());
        }
        return r.teamShare() == null ? "" : r.teamShare().toString();
    }

    /** "还剩 N 天" within a reminder level, "逾期，应收回" past the deadline, else empty. */
    public static String deadlineText(PilotDeadline d) {
        if (d == null) {
            return "";
        }
        if (d.recovery()) {
            return I18n.t("pilotList.overdue");
        }
        return d.level() == null ? "" : I18n.t("pilotList.daysLeft", d.daysLeft());
    }

    /** The rows as shown (filtered, in the table's order). */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>(filtered.size());
        for (PilotCaseSummary r : filtered) {
            rows.add(Arrays.asList(r.caseNo(), r.resultNo(), r.resultTitle(), r.department(),
                    r.model() == null ? "" : r.model().label(), r.step() == null ? "" : r.step().label(), r.stepOn(),
                    shareOrYears(r), r.representative(), r.convertBy(), deadlineText(r.deadline())));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("pilotCol.caseNo"), I18n.t("pilotCol.resultNo"), I18n.t("pilotCol.resultTitle"),
                I18n.t("pilotCol.department"), I18n.t("pilot.model"), I18n.t("pilotCol.currentStep"),
                I18n.t("pilotCol.stepOn"), I18n.t("pilotList.shareOrYears"), I18n.t("pilot.representative"),
                I18n.t("pilot.convertBy"), I18n.t("pilotList.deadline"));
    }

    public ObservableList<PilotCaseSummary> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<PilotCaseSummary> sortedRows() {
        return listRows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<PilotStep> stepProperty() {
        return step;
    }

    public ObjectProperty<PilotModel> modelProperty() {
        return model;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    /** Only cases overdue or within a reminder level. */
    public BooleanProperty dueOnlyProperty() {
        return dueOnly;
    }

    public ObservableList<String> departments() {
        return departments;
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
