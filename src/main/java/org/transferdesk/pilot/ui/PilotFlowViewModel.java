package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final PilotStepForm form = new PilotStepForm();
    private final ObservableList<String> stepProblems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper publicityStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRecord = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private PilotRules rules = PilotRules.DEFAULT;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private LocalDate today;
    private boolean showing;
    private long checkGeneration;

    public PilotFlowViewModel(PilotService service, TaskExecutor executor, Host host) {
        this.service = service;
        this.executor = executor;
        this.host = host;
        this.today = service.today();
        form.step().addListener((o, a, b) -> {
            publicityStep.set(b == PilotStep.PUBLICITY);
            defaultEnd();
            check();
        });
        form.date().addListener((o, a, b) -> {
            defaultEnd();
            check();
        });
        form.endsOn().addListener(o -> check());
        form.actor().addListener(o -> check());
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
        form.note().set("");
        form.actor().set(lastActor == null ? "" : lastActor);
        form.date().set(today);
        form.step().set(nextSteps.isEmpty() ? null : nextSteps.get(0));
        publicityStep.set(form.step().get() == PilotStep.PUBLICITY);
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
        form.endsOn().set(form.step().get() == PilotStep.PUBLICITY && form.date().get() != null
                ? PilotWorkflow.earliestPublicityEnd(form.date().get(), rules) : null);
    }

    /** Runs the service's checks for the step as filled in now and shows what they find. */
    public void check() {
        PilotCase c = host.stored().get();
        if (showing || c == null || c.isNew() || form.step().get() == null) {
            return;
        }
        long generation = ++checkGeneration;
        PilotStepForm.Entry e = form.entry();
        executor.execute(BackgroundTask.of(p -> service.checkStep(c, e.step(), e.on(), e.endsOn(), e.actor()))
                .onSuccess(found -> {
                    if (generation == checkGeneration) {
                        stepProblems.setAll(found.stream().map(Problem::message).toList());
                    }
                }));
    }

    /** Records the step as filled in; the problems are shown and nothing is saved when it is refused. */
    public void record() {
        PilotCase c = host.stored().get();
        if (c == null || form.step().get() == null || working.get() || unsaved()) {
            return;
        }
        ++checkGeneration;
        PilotStepForm.Entry e = form.entry();
        write(p -> service.recordStep(c, e.step(), e.on(), e.endsOn(), e.actor(), e.note()));
    }

    /** Takes back the last step with the reason given (asked for by the view). */
    public void undo(String reason) {
        PilotCase c = host.stored().get();
        if (c == null || c.last().isEmpty() || unsaved() || working.get()) {
            return;
        }
        write(p -> service.undoLastStep(c, reason));
    }

    /** A step is recorded or taken back on the stored case only: with unsaved changes the user is asked to save. */
    private boolean unsaved() {
        if (host.dirty().getAsBoolean()) {
            stepProblems.setAll(I18n.t("pilotFlow.saveFirst"));
            return true;
        }
        return false;
    }

    /** Writes a change of the case's steps; the editor shows the changed case, or the problems show why not. */
    private void write(BackgroundTask.Work<PilotCase> change) {
        // a second click while the first is being written would only meet a stale-record refusal
        working.set(true);
        executor.execute(BackgroundTask.of(change).onSuccess(host.changed()).onFailure(this::fail)
                .onFinished(() -> working.set(false)));
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
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ObservableList<PilotStep> nextSteps() {
        return nextSteps;
    }

    /** The next step as filled in. */
    public PilotStepForm form() {
        return form;
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
