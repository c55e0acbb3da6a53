package org.transferdesk.pilot.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/** The publicity's objections: add one as received, close the selected one with its handling. */
public final class PilotObjectionsViewModel {
    private final PilotService service;
    private final TaskExecutor executor;
    private final PilotFlowViewModel.Host host;
    private final ObservableList<PilotObjection> objections = FXCollections.observableArrayList();
    private final ObjectProperty<PilotObjection> selected = new SimpleObjectProperty<>();
    private final PilotObjectionForm form = new PilotObjectionForm();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PilotObjectionsViewModel(PilotService service, TaskExecutor executor, PilotFlowViewModel.Host host) {
        this.service = service;
        this.executor = executor;
        this.host = host;
        selected.addListener((o, a, b) -> form.handling().set(b == null || b.handling() == null ? "" : b.handling()));
    }

    void show(PilotCase c) {
        objections.setAll(c.objections());
        visible.set(c.reached(PilotStep.PUBLICITY));
        form.clear();
        message.set("");
    }

    /** Records a newly received objection. */
    public void add() {
        save(form.received());
    }

    /** Closes the selected objection with the handling typed and the closing date. */
    public void close() {
        PilotObjection o = selected.get();
        if (o == null) {
            return;
        }
        // Without a date the service would only store the handling and leave it open: the clerk, who asked
        // to close it, would see nothing happen.
        if (form.closedOn().get() == null) {
            message.set(Problem.error("validation.required", "closedOn", "pilotFlow.closedOn").message());
            return;
        }
        save(form.closing(o));
    }

    private void save(PilotObjection o) {
        PilotCase c = host.stored().get();
        if (c == null || c.isNew()) {
            return;
        }
        if (host.dirty().getAsBoolean()) {
            message.set(I18n.t("pilotFlow.saveFirst"));
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.saveObjection(c, o)).onSuccess(host.changed())
                .onFailure(error -> message.set(error instanceof ValidationException v
                        ? String.join(" ", v.problems().stream().map(Problem::message).toList())
                        : ErrorHandler.plainMessage(error))));
    }

    public ObservableList<PilotObjection> objections() {
        return objections;
    }

    public ObjectProperty<PilotObjection> selectedProperty() {
        return selected;
    }

    /** The form of a new objection and of the selected one's closing. */
    public PilotObjectionForm form() {
        return form;
    }

    /** Objections exist once the publicity is recorded. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
