package org.transferdesk.report.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.report.DataCheck;
import org.transferdesk.report.ReportPackage;
import org.transferdesk.report.ReportService;
import org.transferdesk.report.ReportTables;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * 年度报告: one year's report loaded in the background — the key figures against earlier years, the
 * figure tables of parts (2)–(5), the project list, the data checks and the office's text. Records that
 * change elsewhere reload the figures; text being edited is kept.
 */
public final class ReportViewModel {
    /** How many years back the year selector offers. */
    static final int YEARS_OFFERED = 10;

    private final ReportService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<RecordRef> open;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ReportPackage> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FigureTable> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FigureTable> sections = FXCollections.observableArrayList();
    private final ObservableList<ProjectColumns.Line> projects = FXCollections.observableArrayList();
    private final ObservableList<DataCheck> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checksWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checksTitle = new ReadOnlyStringWrapper(I18n.t("reportTab.checks", 0));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReportTextViewModel text;
    private final TraceViewModel trace;
    private final LiveData live;
    private long generation;

    public ReportViewModel(ReportService service, TaskExecutor executor, DialogService dialogs, DataEvents events,
                           Consumer<RecordRef> open) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.open = open;
        this.text = new ReportTextViewModel(service, executor, dialogs);
        this.trace = new TraceViewModel(open);
        text.setOnSaved(this::reload);
        int last = service.defaultYear();
        for (int y = last + 1; y > last - YEARS_OFFERED; y--) {
            years.add(y);
        }
        year.set(last);
        live = LiveData.reloading(events, change -> true, this::reload);
    }

    /** The page came into view or left it: it reloads on changes only while shown. */
    public void setShown(boolean shown) {
        live.setShown(shown);
    }

    /**
     * Asks for another year: with unsaved text the user confirms dropping it first. Returns false (and
     * keeps the year) when they do not.
     */
    public boolean chooseYear(int wanted) {
        if (year.get() != null && year.get() == wanted) {
            return true;
        }
        if (text.isDirty() && !dialogs.confirm(I18n.t("report.title"),
                I18n.t("reportText.discardForYear", String.valueOf(year.get()), String.valueOf(wanted)))) {
            return false;
        }
        if (!years.contains(wanted)) {
            years.add(0, wanted);
            FXCollections.sort(years, java.util.Comparator.reverseOrder());
        }
        year.set(wanted);
        load(true);
        return true;
    }

    /** The first load, of the default year (the last complete calendar year). */
    public void load() {
        load(true);
    }

    /** Reads the chosen year afresh (figures change when records or the conventions do); edited text stays. */
    public void reload() {
        load(false);
    }

    private void load(boolean newYear) {
        long mine = ++generation;
        int y = year.get();
        loading.set(true);
        status.set(I18n.t("common.loading"));
        if (newYear) {
            trace.clear();
        }
        // The tables are built with the report, off the FX thread: a large year has thousands of lines.
        executor.execute(BackgroundTask.of(p -> Built.of(service.report(y))).onSuccess(built -> {
            if (mine == generation) {
                show(built, newYear);
            }
        }).onFinished(() -> {
            if (mine == generation) {
                loading.set(false);
            }
        }));
    }

    /** A report with its screen tables. */
    private record Built(ReportPackage pkg, FigureTable overview, List<FigureTable> sections,
                         List<ProjectColumns.Line> projects) {
        static Built of(ReportPackage pkg) {
            ReportTables model = ReportTables.of(pkg);
            return new Built(pkg, ReportFigures.overview(model), ReportFigures.sections(model),
                    ProjectColumns.lines(pkg.current().projects()));
        }
    }

    private void show(Built built, boolean newYear) {
        ReportPackage pkg = built.pkg();
        report.set(pkg);
        overview.set(built.overview());
        sections.setAll(built.sections());
        projects.setAll(built.projects());
        List<DataCheck> found = pkg.current().checks();
        checks.setAll(found);
        checksTitle.set(I18n.t("reportTab.checks", found.size()));
        checksWarning.set(found.isEmpty() ? "" : I18n.t("report.checksWarning", found.size()));
        if (newYear || !text.isDirty() || text.original() == null || text.original().year() != pkg.year()) {
            text.show(pkg.text());
        }
        status.set(I18n.t("report.status", String.valueOf(pkg.year()), pkg.current().projects().size(),
                found.size()));
    }

    /** Opens the record of a data check or project line. */
    public void open(RecordRef record) {
        if (record != null) {
            open.accept(record);
        }
    }

    public void openProject(ProjectColumns.Line line) {
        if (line != null) {
            open.accept(new RecordRef(org.transferdesk.common.link.RecordType.DEAL, line.row().contractId(),
                    line.row().contractNo()));
        }
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ReadOnlyObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportPackage> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** What the exports write: the loaded year's package (null until loaded). */
    public ReportPackage current() {
        return report.get();
    }

    public ReadOnlyObjectProperty<FigureTable> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<FigureTable> sections() {
        return sections;
    }

    public ObservableList<ProjectColumns.Line> projects() {
        return projects;
    }

    public ObservableList<DataCheck> checks() {
        return checks;
    }

    public ReadOnlyStringProperty checksWarningProperty() {
        return checksWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checksTitleProperty() {
        return checksTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReportTextViewModel text() {
        return text;
    }

    public TraceViewModel trace() {
        return trace;
    }
}
