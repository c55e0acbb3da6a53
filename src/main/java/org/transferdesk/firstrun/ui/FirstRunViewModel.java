package org.transferdesk.firstrun.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.firstrun.FirstRunSetup;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.UnitProfile;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.TaskExecutor;

/**
 * The first-run setup of an empty database: the unit, its non-profit status, the reward policy preset and the
 * departments, then what to do next — import the office's ledger, try the demo data, or start empty. Nothing typed
 * means nothing is recorded; anything typed is checked as it is edited and recorded before the next step.
 */
public final class FirstRunViewModel {
    /** The final choice. */
    public enum Finish { IMPORT, DEMO, LATER }

    /** What the app does after the setup: the existing import wizard and demo filling. */
    public interface NextSteps {
        /** The answers are recorded: screens that show them reload. */
        void recorded();

        void importLedger();

        void tryDemo();
    }

    private final StringProperty unitName = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final BooleanProperty nonProfit = new SimpleBooleanProperty(true);
    private final ObjectProperty<RewardPolicy.Preset> preset = new SimpleObjectProperty<>(RewardPolicy.Preset.NATIONAL);
    private final StringProperty departments = new SimpleStringProperty("");
    private final ObservableList<String> messages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Consumer<FirstRunSetup.Answers> save;
    private final TaskExecutor executor;
    private final NextSteps next;
    /** After a finish was tried, the required name is reported too; before, only what was typed wrongly. */
    private boolean tried;

    /** {@code save} records the answers; it runs off the UI thread. */
    public FirstRunViewModel(Consumer<FirstRunSetup.Answers> save, TaskExecutor executor, NextSteps next) {
        this.save = save;
        this.executor = executor;
        this.next = next;
        unitName.addListener((o, a, b) -> check());
        creditCode.addListener((o, a, b) -> check());
        departments.addListener((o, a, b) -> check());
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public BooleanProperty nonProfitProperty() {
        return nonProfit;
    }

    public ObjectProperty<RewardPolicy.Preset> presetProperty() {
        return preset;
    }

    /** One department a line. */
    public StringProperty departmentsProperty() {
        return departments;
    }

    /** The problems shown, in the app's language. */
    public ObservableList<String> messages() {
        return messages;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public List<RewardPolicy.Preset> presets() {
        return Arrays.asList(RewardPolicy.Preset.values());
    }

    public FirstRunSetup.Answers answers() {
        return new FirstRunSetup.Answers(new UnitProfile(unitName.get(), creditCode.get(), nonProfit.get()),
                preset.get(), departments.get().lines().toList());
    }

    /** True while the unit's fields and the departments are untouched: finishing then records nothing. */
    public boolean isUntouched() {
        return unitName.get().isBlank() && creditCode.get().isBlank() && departments.get().isBlank();
    }

    /**
     * Records the answers (unless untouched) and then takes the step chosen; {@code close} closes the dialog once
     * the answers are recorded. With an error nothing is recorded and the dialog stays.
     */
    public void finish(Finish choice, Runnable close) {
        if (busy.get()) {
            return;
        }
        if (isUntouched()) {
            close.run();
            step(choice);
            return;
        }
        tried = true;
        if (!check()) {
            return;
        }
        FirstRunSetup.Answers answers = answers();
        busy.set(true);
        executor.execute(BackgroundTask.run(() -> save.accept(answers))
                .onFinished(() -> busy.set(false))
                .onSuccess(v -> {
                    next.recorded();
                    close.run();
                    step(choice);
                })
                .onFailure(error -> {
                    if (error instanceof ValidationException v) {
                        messages.setAll(v.problems().stream().map(Problem::message).toList());
                    } else {
                        messages.setAll(String.valueOf(error.getMessage()));
                    }
                }));
    }

    private void step(Finish choice) {
        switch (choice) {
            case IMPORT -> next.importLedger();
            case DEMO -> next.tryDemo();
            case LATER -> { }
        }
    }

    /** Shows the problems of what is typed; true when none is an error. */
    private boolean check() {
        List<Problem> problems = FirstRunSetup.validate(answers()).stream()
                .filter(p -> tried || !p.key().equals("validation.required")).toList();
        messages.setAll(problems.stream().map(Problem::message).toList());
        return problems.stream().noneMatch(Problem::isError);
    }
}
