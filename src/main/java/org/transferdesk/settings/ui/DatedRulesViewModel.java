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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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

    /**
     * What a group of rules is: its keys, their labels, the check of a value, the values in force on a day, and how
     * each is edited (issue 24 item 4: no rule is typed as a code).
     */
    public record Rules(List<String> keys, Function<String, String> label, BiConsumer<String, String> check,
                        Function<LocalDate, Map<String, String>> inForce, Function<LocalDate, String> savedMessage,
                        Function<String, SettingEditor> editor) {
        /** Every rule edited as text. */
        public Rules(List<String> keys, Function<String, String> label, BiConsumer<String, String> check,
                     Function<LocalDate, Map<String, String>> inForce, Function<LocalDate, String> savedMessage) {
            this(keys, label, check, inForce, savedMessage, key -> new SettingEditor.Text(""));
        }
    }

    /** One row of a fee-schedule-like table, each cell as typed. */
    public static final class BandRow {
        private final StringProperty from = new SimpleStringProperty("");
        private final StringProperty to = new SimpleStringProperty("");
        private final StringProperty amount = new SimpleStringProperty("");

        BandRow(SettingEditor.Band band) {
            from.set(band.from());
            to.set(band.to());
            amount.set(band.amount());
        }

        SettingEditor.Band band() {
            return new SettingEditor.Band(text(from), text(to), text(amount));
        }

        private static String text(StringProperty p) {
            return p.get() == null ? "" : p.get();
        }

        public StringProperty fromProperty() {
            return from;
        }

        public StringProperty toProperty() {
            return to;
        }

        public StringProperty amountProperty() {
            return amount;
        }
    }

    private final OfficeSettings office;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final java.time.Clock clock;
    private final Rules rules;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, SettingEditor> editors = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> fieldProblems = new LinkedHashMap<>();
    private final Map<String, ObservableList<BandRow>> bandRows = new LinkedHashMap<>();
    private final Map<String, Map<String, StringProperty>> partValues = new LinkedHashMap<>();
    /** Set while a value and its table or form are brought in line, so neither echoes the other. */
    private boolean syncing;
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
        for (String key : rules.keys()) {
            values.put(key, new SimpleStringProperty(""));
            fieldProblems.put(key, new ReadOnlyStringWrapper(""));
            SettingEditor editor = rules.editor().apply(key);
            editors.put(key, editor);
            if (editor instanceof SettingEditor.Bands) {
                ObservableList<BandRow> rows = FXCollections.observableArrayList();
                rows.addListener((ListChangeListener<BandRow>) c -> piecesChanged(key));
                bandRows.put(key, rows);
            } else if (editor instanceof SettingEditor.Parts parts) {
                Map<String, StringProperty> fields = new LinkedHashMap<>();
                for (SettingEditor.Part part : parts.parts()) {
                    StringProperty field = new SimpleStringProperty("");
                    field.addListener((o, was, now) -> piecesChanged(key));
                    fields.put(part.name(), field);
                }
                partValues.put(key, fields);
            }
            values.get(key).addListener((o, was, now) -> {
                if (!syncing) {
                    piecesFrom(key, now);
                }
                fieldProblems.get(key).set(problemOf(key));
            });
        }
    }

    /** The stored text was set (loaded): the table or form shows it; an unreadable text leaves them empty. */
    private void piecesFrom(String key, String text) {
        syncing = true;
        try {
            SettingEditor editor = editors.get(key);
            if (editor instanceof SettingEditor.Bands bands) {
                List<BandRow> rows = new ArrayList<>();
                try {
                    bands.split().apply(text).forEach(b -> rows.add(watched(key, new BandRow(b))));
                } catch (IllegalArgumentException e) {
                    rows.clear();
                }
                bandRows.get(key).setAll(rows);
            } else if (editor instanceof SettingEditor.Parts parts) {
                Map<String, String> split;
                try {
                    split = parts.split().apply(text);
                } catch (IllegalArgumentException e) {
                    split = Map.of();
                }
                Map<String, String> found = split;
                partValues.get(key).forEach((name, field) -> field.set(found.getOrDefault(name, "")));
            }
        } finally {
            syncing = false;
        }
    }

    private BandRow watched(String key, BandRow row) {
        for (StringProperty cell : List.of(row.fromProperty(), row.toProperty(), row.amountProperty())) {
            cell.addListener((o, was, now) -> piecesChanged(key));
        }
        return row;
    }

    /** A cell of the table or a field of the form changed: the stored text follows, in the rule's own grammar. */
    private void piecesChanged(String key) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            SettingEditor editor = editors.get(key);
            if (editor instanceof SettingEditor.Bands bands) {
                values.get(key).set(bands.join().apply(bands(key)));
            } else if (editor instanceof SettingEditor.Parts parts) {
                Map<String, String> now = new LinkedHashMap<>();
                partValues.get(key).forEach((name, field) -> now.put(name, field.get() == null ? "" : field.get()));
                values.get(key).set(parts.join().apply(now));
            }
        } finally {
            syncing = false;
        }
        fieldProblems.get(key).set(problemOf(key));
    }

    private List<SettingEditor.Band> bands(String key) {
        return bandRows.get(key).stream().map(BandRow::band).toList();
    }

    /**
     * What is wrong with a rule's value now, in the app's language (empty if nothing): the editor's own findings
     * (a table is checked row by row, as shown), else the rule's check.
     */
    private String problemOf(String key) {
        SettingEditor editor = editors.get(key);
        String text = values.get(key).get() == null ? "" : values.get(key).get().strip();
        List<String> found = editor instanceof SettingEditor.Bands bands ? bands.check().apply(bands(key))
                : editor.problems(text);
        if (found.isEmpty()) {
            try {
                rules.check().accept(key, text);
            } catch (RuntimeException e) {
                String example = editor instanceof SettingEditor.Text t ? t.prompt() : "";
                found = List.of(example.isBlank() ? I18n.t("rulesEdit.badFormat")
                        : I18n.t("rulesEdit.badFormatExample", example));
            }
        }
        return String.join("\n", found);
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
                    rows.add(new HistoryRow(rules.label().apply(key), v.effectiveFrom(),
                            editors.get(key).shown(v.value())));
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

    /** How the rule {@code key} is edited. */
    public SettingEditor editor(String key) {
        return editors.get(key);
    }

    /** What is wrong with the rule's value as edited, in the app's language; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty(String key) {
        return fieldProblems.get(key).getReadOnlyProperty();
    }

    /** The rows of a {@link SettingEditor.Bands} rule's table. */
    public ObservableList<BandRow> bandRows(String key) {
        return bandRows.get(key);
    }

    /** Adds a blank row to a table, after the others (from the year after the last band, when that is known). */
    public void addBand(String key) {
        List<SettingEditor.Band> now = bands(key);
        String next = "";
        if (!now.isEmpty()) {
            try {
                next = String.valueOf(Integer.parseInt(now.get(now.size() - 1).to().strip()) + 1);
            } catch (NumberFormatException e) {
                next = "";
            }
        }
        bandRows.get(key).add(watched(key, new BandRow(new SettingEditor.Band(next, "", ""))));
    }

    public void removeBand(String key, BandRow row) {
        bandRows.get(key).remove(row);
    }

    /** A field of a {@link SettingEditor.Parts} rule's form. */
    public StringProperty partProperty(String key, String part) {
        return partValues.get(key).get(part);
    }

    /** Every value must pass its rule's check; returns the messages of those that do not. */
    public List<String> check() {
        List<String> found = new ArrayList<>();
        if (from.get() == null) {
            found.add(I18n.t("datedRules.fromRequired"));
        }
        fieldProblems.forEach((key, problem) -> {
            String now = problemOf(key);
            problem.set(now);
            if (!now.isEmpty()) {
                found.add(I18n.t("rulesEdit.labelled", rules.label().apply(key), now.replace("\n", " ")));
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
