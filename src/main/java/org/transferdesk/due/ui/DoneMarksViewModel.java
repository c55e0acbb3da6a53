package org.transferdesk.due.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.due.DoneEntry;
import org.transferdesk.due.DueService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.TaskExecutor;

/** 已办记录: the reminders marked done (day, who, when, note), newest first; a mark taken back by mistake. */
public final class DoneMarksViewModel {
    private final DueService service;
    private final TaskExecutor executor;
    private final DataEvents events;
    private final ObservableList<DoneEntry> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DoneEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private long generation;

    public DoneMarksViewModel(DueService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        this.events = events;
    }

    public void load() {
        long mine = ++generation;
        totals.set(I18n.t("common.loading"));
        executor.execute(BackgroundTask.of(p -> service.done(service.today())).onSuccess(list -> {
            if (mine == generation) {
                rows.setAll(list);
                totals.set(I18n.t("dueDone.totals", list.size()));
            }
        }));
    }

    /** Takes the selected mark back: the item is reminded again while its record still owes it. */
    public void undoSelected() {
        DoneEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            service.undoDone(entry.mark().key());
            return entry;
        }).onSuccess(e -> {
            events.dueChanged();
            load();
        }));
    }

    /** What the item was, or its key when the records no longer derive it. */
    public static String describe(DoneEntry e) {
        return e.item() == null ? I18n.t("dueDone.gone", e.mark().key())
                : e.item().kind().label() + " · " + e.item().record().label() + " · " + e.item().action();
    }

    public ObservableList<DoneEntry> rows() {
        return rows;
    }

    public ObjectProperty<DoneEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }
}
