package org.transferdesk.people.ui;

import java.util.List;
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
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;
import org.transferdesk.people.Department;
import org.transferdesk.people.PeopleService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * The managed list of departments: add, rename, activate/deactivate. Departments are never deleted:
 * an inactive one stays on old records but is no longer offered in pickers.
 */
public final class DepartmentsViewModel {
    private final PeopleService people;
    private final TaskExecutor executor;
    private final DataEvents events;
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Department> selected = new SimpleObjectProperty<>();
    private final StringProperty renameText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public DepartmentsViewModel(PeopleService people, TaskExecutor executor, DataEvents events) {
        this.people = people;
        this.executor = executor;
        this.events = events;
        selected.addListener((o, a, d) -> {
            renameText.set(d == null ? "" : d.name());
            error.set("");
        });
        newName.addListener((o, a, b) -> error.set(""));
    }

    public void load() {
        load(null);
    }

    /** Reloads the list and then selects the department with {@code selectId} (if given). */
    private void load(Long selectId) {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> byName(people.departments())).onSuccess(all -> {
            departments.setAll(all);
            long active = all.stream().filter(Department::active).count();
            totals.set(I18n.t("department.totals", all.size(), active));
            if (selectId != null) {
                all.stream().filter(d -> selectId.equals(d.id())).findFirst().ifPresent(d -> {
                    selected.set(d);
                    renameText.set(d.name());
                });
            }
        }).onFinished(() -> busy.set(false)));
    }

    /** In the order a Chinese reader expects (by pinyin), not by code point as the database sorts. */
    static List<Department> byName(List<Department> departments) {
        return departments.stream().sorted(Pinyin.by(Department::name)).toList();
    }

    public void add() {
        save(Department.create(newName.get()), saved -> newName.set(""));
    }

    public void rename() {
        Department d = selected.get();
        if (d != null && !d.name().equals(renameText.get() == null ? null : renameText.get().strip())) {
            save(new Department(d.id(), renameText.get(), d.active(), d.version()), saved -> { });
        }
    }

    /** Deactivates an active department, reactivates an inactive one. */
    public void toggleActive() {
        Department d = selected.get();
        if (d != null) {
            save(new Department(d.id(), d.name(), !d.active(), d.version()), saved -> { });
        }
    }

    private void save(Department candidate, Consumer<Department> then) {
        error.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> people.saveDepartment(candidate)).onSuccess(saved -> {
            then.accept(saved);
            events.publish(new DataEvents.Change(DataEvents.Change.Kind.DEPARTMENT, saved.id()));
            load(saved.id());
        }).onFailure(e -> error.set(ErrorHandler.plainMessage(e))).onFinished(() -> busy.set(false)));
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Department> selectedProperty() {
        return selected;
    }

    public StringProperty renameTextProperty() {
        return renameText;
    }

    /** The last refusal in plain words (e.g. the name is already used); empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
