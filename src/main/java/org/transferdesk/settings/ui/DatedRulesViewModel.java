package org.transferdesk.settings.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.settings.DatedValue;
import org.transferdesk.settings.OfficeSettings;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.TaskExecutor;

/**
 * A group of office rules with a date of effect (the pilot's rules, the deadlines' rules…): shows the
 * values in force today and every recorded value; saves the whole group from one date, all or none,
 * after each value passed its rule's check.
 */
public class DatedRulesViewModel implements EditorWindowView.Saving {
    /** One recorded value of a setting. */
    public record HistoryRow(String setting, LocalDate from, String value) {
    }

    /** What a group of rules is: its keys, their labels, the check of a value, the values in force on a day. */
    public record Rules(List<String> keys, Function<String, String> label, BiConsumer<String, String> check,
                        Function<LocalDate, Map<String, String>> inForce, Function<LocalDate, String> savedMessage) {
    }

    private final OfficeSettings office;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final java.time.Clock clock;
    private final Rules rules;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Map<String, String> loaded = Map.of();

    public DatedRulesViewModel(OfficeSettings office, TaskExecutor executor, DialogService dialogs,
                               java.time.Clock clock, Rules rules) {
        this.office = office;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.rules = rules;
        rules.keys().forEach(k -> values.put(k, new SimpleStringProperty("")));
    }

    private record Loaded(Map<String, String> inForce, List<HistoryRow> history) {
    }

    public void load() {
        busy.set(true);
        LocalDate day = LocalDate.now(clock);
        executor.execute(BackgroundTask.of(p -> {
            List<HistoryRow> rows = new ArrayList<>();
            for (String key : rules.keys()) {
                for (DatedValue v : office.history(key)) {
                    rows.add(new HistoryRow(rules.label().apply(key), v.effectiveFrom(), v.value()));
                }
            }
            return new Loaded(rules.inForce().apply(day), rows);
        }).onSuccess(l -> {
            loaded = l.inForce();
            l.inForce().forEach((k, v) -> values.get(k).set(v));
            history.setAll(l.history());
            from.set(day);
            problems.clear();
        }).onFinished(() -> busy.set(false)));
    }

    /** The keys of the group, in order. */
    public List<String> keys() {
        return rules.keys();
    }

    public String label(String key) {
        return rules.label().apply(key);
    }

    /** Every value must pass its rule's check; returns the messages of those that do not. */
    public List<String> check() {
        List<String> found = new ArrayList<>();
        if (from.get() == null) {
            found.add(I18n.t("datedRules.fromRequired"));
        }
        values.forEach((key, v) -> {
            try {
                rules.check().accept(key, v.get() == null ? "" : v.get().strip());
            } catch (RuntimeException e) {
                found.add(I18n.t("datedRules.invalid", rules.label().apply(key), v.get()));
            }
        });
        return found;
    }

    public boolean isDirty() {
        return values.entrySet().stream().anyMatch(e -> !String.valueOf(e.getValue().get()).strip()
                .equals(loaded.getOrDefault(e.getKey(), "")));
    }

    /** Saves every value of the group from the chosen date (all or none). */
    @Override
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
        executor.execute(BackgroundTask.run(() -> office.setAll(on, toSave, LocalDateTime.now(clock))).onSuccess(v -> {
            dialogs.notify(rules.savedMessage().apply(on));
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
