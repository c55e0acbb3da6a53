package org.transferdesk.calendar.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.transferdesk.calendar.CalendarDay;
import org.transferdesk.calendar.CalendarImportPlan;
import org.transferdesk.calendar.HolidayCnFile;
import org.transferdesk.calendar.CalendarDay.Kind;
import org.transferdesk.calendar.WorkCalendarRules;
import org.transferdesk.calendar.WorkCalendarService;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one year of the work calendar: its special days as a table with a small form (date, kind,
 * name) to add, replace and remove rows; saves the year as a whole. The form is checked with the same
 * rules as the save ({@link WorkCalendarRules}), so a bad row is refused with its field's message before
 * it reaches the table. Switching the year with unsaved changes asks first.
 */
public final class WorkCalendarViewModel implements EditorWindowView.Saving {
    /** The small form of one special day, under the table. */
    public record DayForm(ObjectProperty<LocalDate> date, ObjectProperty<Kind> kind, StringProperty name) {
        private CalendarDay day() {
            return new CalendarDay(date.get(), kind.get(), name.get() == null ? "" : name.get().strip());
        }

        private void show(CalendarDay row) {
            date.set(row.date());
            kind.set(row.kind());
            name.set(row.name());
        }

        private void clear() {
            date.set(null);
            kind.set(Kind.HOLIDAY);
            name.set("");
        }
    }

    private final WorkCalendarService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable changed;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<CalendarDay> rows = FXCollections.observableArrayList();
    private final DayForm form = new DayForm(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(Kind.HOLIDAY),
            new SimpleStringProperty(""));
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper officialYears = new ReadOnlyStringWrapper(
            I18n.t("workCalendar.official", yearRanges(WorkCalendarService.officialYears())));
    private final ReadOnlyStringWrapper yearsInCalendar = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private Integer shownYear;
    private List<CalendarDay> saved = List.of();
    private Set<Integer> withArrangements = Set.of();
    private boolean revertingYear;

    /** {@code changed} is told after a save or an import: what counts working days (the 待办 page) reloads. */
    public WorkCalendarViewModel(WorkCalendarService service, TaskExecutor executor, DialogService dialogs,
                                 int initialYear, Runnable changed) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changed = changed;
        year.set(initialYear);
        year.addListener((o, before, now) -> yearChanged(before, now));
        rows.addListener((javafx.collections.ListChangeListener<CalendarDay>) c -> updateSummary());
    }

    /** Loads the chosen year in the background. */
    public void load(Runnable whenReady) {
        loadYear(year.get(), whenReady);
    }

    private void loadYear(int wanted, Runnable whenReady) {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(wanted, service.daysOf(wanted),
                service.yearsWithArrangements())).onSuccess(loaded -> {
                    show(loaded);
                    whenReady.run();
                }).onFinished(() -> busy.set(false)));
    }

    private record Loaded(int year, List<CalendarDay> days, Set<Integer> yearsWithArrangements) {
    }

    private void show(Loaded loaded) {
        shownYear = loaded.year();
        saved = sorted(loaded.days());
        withArrangements = loaded.yearsWithArrangements();
        yearsInCalendar.set(I18n.t("workCalendar.inCalendar", yearRanges(withArrangements)));
        problems.clear();
        fieldErrors.clear();
        rows.setAll(saved);
        clearForm();
        updateSummary();
    }

    private void yearChanged(Integer before, Integer now) {
        if (revertingYear || now == null || now.equals(shownYear)) {
            return;
        }
        if (!isDirty()) {
            loadYear(now, () -> { });
            return;
        }
        switch (dialogs.askUnsaved(I18n.t("editor.unsavedTitle"), I18n.t("editor.unsavedMessage"))) {
            case SAVE -> save(ok -> {
                if (ok) {
                    loadYear(now, () -> { });
                } else {
                    revertYear();
                }
            });
            case DISCARD -> loadYear(now, () -> { });
            default -> revertYear();
        }
    }

    private void revertYear() {
        revertingYear = true;
        try {
            year.set(shownYear);
        } finally {
            revertingYear = false;
        }
    }

    /** Adds the form as a new row; false (with the field's message) when it does not make a valid row. */
    public boolean add() {
        return put(null);
    }

    /** Replaces {@code old} with the form. */
    public boolean replace(CalendarDay old) {
        return old != null && rows.contains(old) && put(old);
    }

    private boolean put(CalendarDay replacing) {
        if (shownYear == null) {
            return false;
        }
        fieldErrors.clear();
        CalendarDay day = form.day();
        List<CalendarDay> others = new ArrayList<>(rows);
        others.remove(replacing);
        int row = replacing == null ? rows.size() + 1 : rows.indexOf(replacing) + 1;
        List<Problem> found = new ArrayList<>(WorkCalendarRules.validateDay(shownYear, row, day));
        others.stream().filter(d -> d.date().equals(day.date())).findFirst()
                .ifPresent(d -> found.add(WorkCalendarRules.duplicate(row, day.date(), rows.indexOf(d) + 1)));
        if (!found.isEmpty()) {
            found.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
            return false;
        }
        others.add(day);
        rows.setAll(sorted(others));
        // Holidays are entered day after day: keep kind and name, move on to the next date.
        LocalDate next = day.date().plusDays(1);
        form.date().set(next.getYear() == shownYear ? next : null);
        return true;
    }

    /** Loads a row into the form (selecting it in the table). */
    public void select(CalendarDay row) {
        fieldErrors.clear();
        if (row != null) {
            form.show(row);
        }
    }

    public void remove(CalendarDay row) {
        rows.remove(row);
    }

    private void clearForm() {
        form.clear();
        fieldErrors.clear();
    }

    public boolean isDirty() {
        return shownYear != null && !sorted(rows).equals(saved);
    }

    /** Saves the year's rows in the background; {@code after} gets true when saved. */
    @Override
    public void save(Consumer<Boolean> after) {
        if (shownYear == null) {
            after.accept(false);
            return;
        }
        int savedYear = shownYear;
        List<CalendarDay> days = List.copyOf(rows);
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            service.saveYear(savedYear, days);
            return new Loaded(savedYear, service.daysOf(savedYear), service.yearsWithArrangements());
        }).onSuccess(loaded -> {
            show(loaded);
            changed.run();
            dialogs.notify(I18n.t("workCalendar.saved", String.valueOf(savedYear)));
            after.accept(true);
        }).onFailure(error -> {
            showProblems(error);
            after.accept(false);
        }).onFinished(() -> busy.set(false)));
    }

    /**
     * Asks for a holiday-cn JSON file (the State Council's arrangements for a year), shows every change it would
     * make and saves it only once the user confirms; then shows the imported year. Unsaved edits of the shown
     * year are saved or discarded first, as when switching years.
     */
    public void importArrangements() {
        if (isDirty()) {
            switch (dialogs.askUnsaved(I18n.t("editor.unsavedTitle"), I18n.t("editor.unsavedMessage"))) {
                case SAVE -> save(ok -> {
                    if (ok) {
                        chooseAndPlan();
                    }
                });
                case DISCARD -> {
                    rows.setAll(saved);
                    chooseAndPlan();
                }
                default -> {
                }
            }
            return;
        }
        chooseAndPlan();
    }

    private void chooseAndPlan() {
        dialogs.chooseFileToOpen(I18n.t("workCalendar.import.chooseFile"), List.of(new DialogService.FileType(
                I18n.t("workCalendar.import.fileType"), List.of("*.json")))).ifPresent(file -> {
                    busy.set(true);
                    problems.clear();
                    executor.execute(BackgroundTask.of(p -> service.planImport(HolidayCnFile.read(file)))
                            .onSuccess(this::confirmAndApply)
                            .onFailure(this::showProblems)
                            .onFinished(() -> busy.set(false)));
                });
    }

    private void confirmAndApply(CalendarImportPlan plan) {
        if (!plan.changesAnything()) {
            dialogs.notify(I18n.t("workCalendar.import.nothing"));
            return;
        }
        if (!dialogs.confirmDetails(I18n.t("workCalendar.import.confirmTitle"),
                I18n.t("workCalendar.import.confirmHeader"), String.join("\n", plan.describe()))) {
            return;
        }
        int imported = plan.file().year();
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            service.applyImport(plan);
            return new Loaded(imported, service.daysOf(imported), service.yearsWithArrangements());
        }).onSuccess(loaded -> {
            revertingYear = true;
            try {
                year.set(imported);
            } finally {
                revertingYear = false;
            }
            show(loaded);
            changed.run();
            dialogs.notify(I18n.t("workCalendar.import.done", String.valueOf(imported)));
        }).onFailure(this::showProblems).onFinished(() -> busy.set(false)));
    }

    private void showProblems(Throwable error) {
        problems.setAll(ErrorHandler.messages(error));
    }

    private void updateSummary() {
        if (shownYear == null) {
            summary.set("");
        } else if (rows.isEmpty() && !withArrangements.contains(shownYear)) {
            summary.set(I18n.t("workCalendar.noArrangements", String.valueOf(shownYear)));
        } else {
            long off = rows.stream().filter(d -> d.kind() == Kind.HOLIDAY).count();
            summary.set(I18n.t("workCalendar.summary", String.valueOf(shownYear), off, rows.size() - off));
        }
    }

    private static List<CalendarDay> sorted(List<CalendarDay> days) {
        return days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** "2020–2026, 2028": consecutive years as one range. */
    static String yearRanges(Set<Integer> years) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer end = null;
        for (int y : years.stream().sorted().toList()) {
            if (end != null && y == end + 1) {
                end = y;
                continue;
            }
            if (start != null) {
                parts.add(start.equals(end) ? String.valueOf(start) : start + "–" + end);
            }
            start = y;
            end = y;
        }
        if (start != null) {
            parts.add(start.equals(end) ? String.valueOf(start) : start + "–" + end);
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    public static String kindLabel(Kind kind) {
        if (kind == null) {
            return "";
        }
        return kind == Kind.HOLIDAY ? I18n.t("workCalendar.kind.HOLIDAY") : I18n.t("workCalendar.kind.WORKDAY");
    }

    public static String weekday(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, I18n.locale());
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<CalendarDay> rows() {
        return rows;
    }

    public DayForm form() {
        return form;
    }

    /** The form's problems by field ({@code date}, {@code kind}, {@code name}). */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Why the last save was refused, one line per problem. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Which years ship with the official arrangements. */
    public ReadOnlyStringProperty officialYearsProperty() {
        return officialYears.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearsInCalendarProperty() {
        return yearsInCalendar.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
