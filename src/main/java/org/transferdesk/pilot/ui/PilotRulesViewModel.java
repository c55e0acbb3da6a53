package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.settings.DatedValue;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.TaskExecutor;

/**
 * The pilot's office rules (publicity days, minimum use term, short first term, reminder levels) with a
 * date of effect: shows the values in force and every recorded value; saves all four from one date.
 */
public final class PilotRulesViewModel {
    /** One recorded value of a setting. */
    public record HistoryRow(String setting, LocalDate from, String value) {
    }

    private final OfficeSettings office;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Map<String, String> loaded = Map.of();

    public PilotRulesViewModel(OfficeSettings office, TaskExecutor executor, DialogService dialogs,
                               Supplier<LocalDate> today) {
        this.office = office;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        PilotSettings.KEYS.forEach(k -> values.put(k, new SimpleStringProperty("")));
    }

    private record Loaded(Map<String, String> inForce, List<HistoryRow> history) {
    }

    public void load() {
        busy.set(true);
        LocalDate day = today.get();
        executor.execute(BackgroundTask.of(p -> {
            PilotRules r = new PilotSettings(office).rulesOn(day);
            Map<String, String> now = new LinkedHashMap<>();
            now.put(PilotSettings.PUBLICITY_DAYS, String.valueOf(r.publicityDays()));
            now.put(PilotSettings.MIN_USE_YEARS, String.valueOf(r.minUseYears()));
            now.put(PilotSettings.SHORT_FIRST_TERM, String.valueOf(r.shortFirstTerm()));
            now.put(PilotSettings.REMINDER_DAYS, String.join(",", r.reminderDays().stream().map(String::valueOf).toList()));
            List<HistoryRow> rows = new ArrayList<>();
            for (String key : PilotSettings.KEYS) {
                for (DatedValue v : office.history(key)) {
                    rows.add(new HistoryRow(label(key), v.effectiveFrom(), v.value()));
                }
            }
            return new Loaded(now, rows);
        }).onSuccess(l -> {
            loaded = l.inForce();
            l.inForce().forEach((k, v) -> values.get(k).set(v));
            history.setAll(l.history());
            from.set(day);
            problems.clear();
        }).onFinished(() -> busy.set(false)));
    }

    public static String label(String key) {
        return switch (key) {
            case PilotSettings.PUBLICITY_DAYS -> I18n.t("pilotRules.publicityDays");
            case PilotSettings.MIN_USE_YEARS -> I18n.t("pilotRules.minUseYears");
            case PilotSettings.SHORT_FIRST_TERM -> I18n.t("pilotRules.shortFirstTerm");
            default -> I18n.t("pilotRules.reminderDays");
        };
    }

    /** Every value must pass {@link PilotSettings#check}; returns the messages of those that do not. */
    List<String> check() {
        List<String> found = new ArrayList<>();
        if (from.get() == null) {
            found.add(I18n.t("pilotRules.fromRequired"));
        }
        values.forEach((key, v) -> {
            try {
                PilotSettings.check(key, v.get() == null ? "" : v.get());
            } catch (RuntimeException e) {
                found.add(I18n.t("pilotRules.invalid", label(key), v.get()));
            }
        });
        return found;
    }

    public boolean isDirty() {
        return values.entrySet().stream().anyMatch(e -> !String.valueOf(e.getValue().get()).strip()
                .equals(loaded.getOrDefault(e.getKey(), "")));
    }

    /** Saves all four values from the chosen date (all or none). */
    public void save(Consumer<Boolean> after) {
        List<String> found = check();
        problems.setAll(found);
        if (!found.isEmpty()) {
            after.accept(false);
            return;
        }
        Map<String, String> toSave = new LinkedHashMap<>();
        values.forEach((k, v) -> toSave.put(k, v.get().strip()));
        LocalDate on = from.get();
        busy.set(true);
        executor.execute(BackgroundTask.run(() -> office.setAll(on, toSave, LocalDateTime.now())).onSuccess(v -> {
            dialogs.notify(I18n.t("pilotRules.saved", on));
            load();
            after.accept(true);
        }).onFailure(e -> {
            problems.setAll(org.transferdesk.ui.ErrorHandler.plainMessage(e));
            after.accept(false);
        }).onFinished(() -> busy.set(false)));
    }

    public StringProperty valueProperty(String key) {
        return values.get(key);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
