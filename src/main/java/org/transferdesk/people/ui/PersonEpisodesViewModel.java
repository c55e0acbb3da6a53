package org.transferdesk.people.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeRules;
import org.transferdesk.people.EpisodeStatus;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.PersonEpisode;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * The person's 兼职 / 离岗创业 (a tab of the person editor): lists them with their status today and
 * adds, edits and deletes them through an inline form. Only a saved person can have episodes.
 */
public final class PersonEpisodesViewModel {
    private static final List<String> FIELD_ORDER = List.of("kind", "company", "startsOn", "endsOn", "extendedTo",
            "approvalRef", "note");

    private final PeopleService people;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<PersonEpisode> episodes = FXCollections.observableArrayList();
    private final ObjectProperty<PersonEpisode> selected = new SimpleObjectProperty<>();
    private final EpisodeFormViewModel form = new EpisodeFormViewModel();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper personSaved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(I18n.t("episodes.saveFirst"));
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private Long personId;
    private Long editedId;
    private LocalDate today;
    private Runnable onChanged = () -> { };

    public PersonEpisodesViewModel(PeopleService people, TaskExecutor executor, DialogService dialogs) {
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Shows the episodes of the person, or for a new person (null) that it must be saved first. */
    public void load(Long id) {
        personId = id;
        personSaved.set(id != null);
        hint.set(id == null ? I18n.t("episodes.saveFirst") : "");
        closeForm();
        episodes.clear();
        if (id == null) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(people.episodes(id), people.today()))
                .onSuccess(this::show).onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    private record Loaded(List<PersonEpisode> episodes, LocalDate today) {
    }

    private void show(Loaded loaded) {
        today = loaded.today();
        episodes.setAll(loaded.episodes());
    }

    /** Runs after an episode was saved or deleted (the editor refreshes the person's history). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** The person shown (null while it is new). */
    public Long personId() {
        return personId;
    }

    /** 未开始 / 进行中 / 已结束 on the office's today. */
    public EpisodeStatus status(PersonEpisode e) {
        return e.statusOn(today == null ? people.today() : today);
    }

    /** Opens the form for a new episode. */
    public void add() {
        if (personId == null || busy.get()) {
            return;
        }
        editedId = null;
        form.setFrom(PersonEpisode.create(personId, EpisodeKind.SIDE_JOB));
        openForm(I18n.t("episodes.formAdd"));
    }

    /** Opens the form on the selected episode. */
    public void edit() {
        PersonEpisode e = selected.get();
        if (e == null || personId == null || busy.get()) {
            return;
        }
        editedId = e.id();
        form.setFrom(e);
        openForm(I18n.t("episodes.formEdit"));
    }

    private void openForm(String title) {
        problems.clear();
        fieldErrors.clear();
        formTitle.set(title);
        editing.set(true);
    }

    public void cancel() {
        closeForm();
    }

    private void closeForm() {
        editing.set(false);
        editedId = null;
        problems.clear();
        fieldErrors.clear();
    }

    /** Checks one field when it is left (rules that need no database). */
    public void validateField(String field) {
        if (!editing.get()) {
            return;
        }
        fieldErrors.remove(field);
        EpisodeRules.validateFields(form.toEpisode(editedId, personId)).stream()
                .filter(p -> p.field().equals(field)).findFirst()
                .ifPresent(p -> fieldErrors.put(field, p.message()));
    }

    /** Saves the form in the background; on success the form closes and the saved episode is selected. */
    public void save() {
        if (!editing.get() || personId == null) {
            return;
        }
        PersonEpisode candidate = form.toEpisode(editedId, personId);
        long pid = personId;
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            PersonEpisode saved = people.saveEpisode(candidate);
            return new Saved(saved, people.episodes(pid));
        }).onSuccess(s -> {
            closeForm();
            episodes.setAll(s.episodes());
            selected.set(s.episodes().stream().filter(e -> e.id().equals(s.episode().id())).findFirst().orElse(null));
            dialogs.notify(I18n.t("episodes.saved", s.episode().kind().label(), text(s.episode().company())));
            onChanged.run();
        }).onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    private record Saved(PersonEpisode episode, List<PersonEpisode> episodes) {
    }

    /** Deletes the selected episode after the user confirms. */
    public void delete() {
        PersonEpisode e = selected.get();
        if (e == null || personId == null || busy.get() || !dialogs.confirm(I18n.t("episodes.deleteTitle"),
                I18n.t("episodes.deleteConfirm", e.kind().label(), text(e.company()), e.startsOn().toString(),
                        text(e.effectiveEnd())))) {
            return;
        }
        long pid = personId;
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            people.deleteEpisode(e.id());
            return people.episodes(pid);
        }).onSuccess(list -> {
            closeForm();
            episodes.setAll(list);
            selected.set(null);
            dialogs.notify(I18n.t("episodes.deleted", e.kind().label(), text(e.company())));
            onChanged.run();
        }).onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    /** Office staff have no company and may have no end yet: shown as empty, not as "null". */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException v) {
            // In the order of the form, so the list reads top to bottom like the fields it names.
            List<Problem> ordered = v.problems().stream()
                    .sorted(Comparator.comparingInt(p -> FIELD_ORDER.indexOf(p.field()))).toList();
            problems.setAll(ordered.stream().map(Problem::message).toList());
            fieldErrors.clear();
            ordered.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
        } else {
            problems.setAll(ErrorHandler.plainMessage(error));
        }
    }

    public ObservableList<PersonEpisode> episodes() {
        return episodes;
    }

    public ObjectProperty<PersonEpisode> selectedProperty() {
        return selected;
    }

    public EpisodeFormViewModel form() {
        return form;
    }

    /** Problems of the last save or delete, shown above the form. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyBooleanProperty personSavedProperty() {
        return personSaved.getReadOnlyProperty();
    }

    /** Whether the form is open. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why nothing can be added yet (a new person), or empty. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    /** True while adding is impossible: new person, busy, or the form is already open. */
    public BooleanBinding addDisabled() {
        return personSaved.not().or(busy).or(editing);
    }

    /** True while edit and delete are impossible: nothing selected, busy, or the form is open. */
    public BooleanBinding selectionCommandsDisabled() {
        return selected.isNull().or(busy).or(editing);
    }
}
