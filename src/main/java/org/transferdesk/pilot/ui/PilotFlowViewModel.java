package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotWorkflow;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * The 流程 tab: the case's timeline and the form that records its next step (R-PILOT-FLOW). The form
 * defaults to the first allowed step, today and, for the publicity, its earliest last day; what
 * {@link PilotService#checkStep} finds is shown before the user tries and after (nothing is recorded on
 * error). The last step can be taken back with a reason.
 */
public final class PilotFlowViewModel {
    /** The editor the tab belongs to: its stored case, whether the form has unsaved changes, and where changes go. */
    public record Host(Supplier<PilotCase> stored, BooleanSupplier dirty, Consumer<PilotCase> changed) {
    }

    private final PilotService service;
    private final TaskExecutor executor;
    private final Host host;
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<PilotStep> nextSteps = FXCollections.observableArrayList();
    private final ObjectProperty<PilotStep> step = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> stepProblems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper publicityStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRecord = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private PilotRules rules = PilotRules.DEFAULT;
    private final javafx.beans.property.ReadOnlyBooleanWrapper working = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private LocalDate today;
    private boolean showing;
    private long checkGeneration;

    public PilotFlowViewModel(PilotService service, TaskExecutor executor, Host host) {
        this.service = service;
        this.executor = executor;
        this.host = host;
        this.today = service.today();
        step.addListener((o, a, b) -> {
            publicityStep.set(b == PilotStep.PUBLICITY);
            defaultEnd();
            check();
        });
        date.addListener((o, a, b) -> {
            defaultEnd();
            check();
        });
        endsOn.addListener(o -> check());
        actor.addListener(o -> check());
    }

    void show(PilotCase c, PilotRules rulesToday) {
        showing = true;
        rules = rulesToday;
        today = service.today();
        timeline.setAll(TimelineRow.of(c));
        nextSteps.setAll(c.isNew() ? List.of() : c.nextSteps());
        canRecord.set(!nextSteps.isEmpty());
        canUndo.set(!c.steps().isEmpty());
        String lastActor = c.last().map(s -> s.actor()).orElse("");
        note.set("");
        actor.set(lastActor == null ? "" : lastActor);
        date.set(today);
        step.set(nextSteps.isEmpty() ? null : nextSteps.get(0));
        publicityStep.set(step.get() == PilotStep.PUBLICITY);
        defaultEnd();
        showing = false;
        stepProblems.clear();
        if (c.isNew()) {
            stepProblems.setAll(I18n.t("pilot.error.saveFirst"));
        } else {
            check();
        }
    }

    /** R-PILOT-FLOW: the publicity's last day defaults to the earliest allowed. */
    private void defaultEnd() {
        endsOn.set(step.get() == PilotStep.PUBLICITY && date.get() != null
                ? PilotWorkflow.earliestPublicityEnd(date.get(), rules) : null);
    }

    /** Runs the service's checks for the step as filled in now and shows what they find. */
    public void check() {
        PilotCase c = host.stored().get();
        if (showing || c == null || c.isNew() || step.get() == null) {
            return;
        }
        long generation = ++checkGeneration;
        PilotStep s = step.get();
        LocalDate on = date.get();
        LocalDate end = endsOn.get();
        String who = actor.get();
        executor.execute(BackgroundTask.of(p -> service.checkStep(c, s, on, end, who)).onSuccess(found -> {
            if (generation == checkGeneration) {
                stepProblems.setAll(found.stream().map(Problem::message).toList());
            }
        }));
    }

    /** Records the step as filled in; the problems are shown and nothing is saved when it is refused. */
    public void record() {
        PilotCase c = host.stored().get();
        if (c == null || step.get() == null || working.get()) {
            return;
        }
        if (host.dirty().getAsBoolean()) {
            stepProblems.setAll(I18n.t("pilotFlow.saveFirst"));
            return;
        }
        ++checkGeneration;
        PilotStep s = step.get();
        LocalDate on = date.get();
        LocalDate end = endsOn.get();
        String who = actor.get();
        String text = note.get();
        // a second click while the first is being written would only meet a stale-record refusal
        working.set(true);
        executor.execute(BackgroundTask.of(p -> service.recordStep(c, s, on, end, who, text))
                .onSuccess(host.changed()).onFailure(this::fail).onFinished(() -> working.set(false)));
    }

    /** Takes back the last step with the reason given (asked for by the view). */
    public void undo(String reason) {
        PilotCase c = host.stored().get();
        if (c == null || c.last().isEmpty()) {
            return;
        }
        if (host.dirty().getAsBoolean()) {
            stepProblems.setAll(I18n.t("pilotFlow.saveFirst"));
            return;
        }
        if (working.get()) {
            return;
        }
        working.set(true);
        executor.execute(BackgroundTask.of(p -> service.undoLastStep(c, reason)).onSuccess(host.changed())
                .onFailure(this::fail).onFinished(() -> working.set(false)));
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException v) {
            stepProblems.setAll(v.problems().stream().map(Problem::message).toList());
        } else {
            stepProblems.setAll(ErrorHandler.plainMessage(error));
        }
    }

    /** The last recorded step's label (for the undo question); empty before the application. */
    public String lastStepLabel() {
        PilotCase c = host.stored().get();
        return c == null || c.currentStep() == null ? "" : c.currentStep().label();
    }

    /** A step is being recorded or taken back. */
    public javafx.beans.property.ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ObservableList<PilotStep> nextSteps() {
        return nextSteps;
    }

    public ObjectProperty<PilotStep> stepProperty() {
        return step;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Why the step as filled in cannot be recorded (empty when it can). */
    public ObservableList<String> stepProblems() {
        return stepProblems;
    }

    /** The publicity asks for its last day. */
    public ReadOnlyBooleanProperty publicityStepProperty() {
        return publicityStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRecordProperty() {
        return canRecord.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
