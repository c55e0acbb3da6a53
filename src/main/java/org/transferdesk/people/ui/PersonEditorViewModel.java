package org.transferdesk.people.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.people.Department;
import org.transferdesk.people.InventorResults;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.Person;
import org.transferdesk.people.PersonResultRow;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one person: validates a field when it is left (R-ID-PERSON for the ID number) and
 * everything on save, including the staff number's uniqueness; writes nothing unless all is valid.
 * Shows the results the person is an inventor of and the audit history.
 */
public final class PersonEditorViewModel implements EditorViewModel<Person> {
    private static final List<String> FIELD_ORDER = List.of("staffNo", "name", "department", "leaderRole",
            "idType", "idNumber", "contact");

    private final PeopleService people;
    private final InventorResults disclosures;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;
    private final EditorSession<Person> session;

    private final PersonFormViewModel form = new PersonFormViewModel();
    private final PersonEpisodesViewModel episodes;
    private final ObservableList<PersonResultRow> results = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> auditHistory = FXCollections.observableArrayList();

    public PersonEditorViewModel(PeopleService people, InventorResults disclosures, TaskExecutor executor,
                                 DialogService dialogs, DataEvents events) {
        this.people = people;
        this.disclosures = disclosures;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.session = new EditorSession<Person>(executor, dialogs, I18n.t("editor.person.newTitle"))
                .fieldOrder(FIELD_ORDER).dirtyWhen(form::differsFrom).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
        this.episodes = new PersonEpisodesViewModel(people, executor, dialogs);
        episodes.setOnChanged(() -> {
            reloadHistory();
            // a side job's end is a deadline (R-REPORT-PARTS): the due list re-derives this person's items
            if (events != null && episodes.personId() != null) {
                events.personSaved(episodes.personId());
            }
        });
    }

    private void reloadHistory() {
        Long id = session.stored() == null ? null : session.stored().id();
        if (id != null) {
            executor.execute(BackgroundTask.of(p -> people.history(id)).onSuccess(auditHistory::setAll));
        }
    }

    /** Loads an existing person (id) or prepares a new one (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        session.load(p -> {
            List<Department> active = people.activeDepartments();
            Person person = id == null ? Person.create("", "")
                    : people.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"));
            List<AuditEntry> audit = id == null ? List.of() : people.history(id);
            List<PersonResultRow> rows = id == null ? List.of() : disclosures.findByInventor(id);
            return new Loaded(active, person, audit, rows);
        }, loaded -> {
            show(loaded.person(), loaded.departments());
            auditHistory.setAll(loaded.audit());
            results.setAll(loaded.results());
            episodes.load(loaded.person().id());
            whenReady.run();
        });
    }

    private record Loaded(List<Department> departments, Person person, List<AuditEntry> audit,
                          List<PersonResultRow> results) {
    }

    private void show(Person p, List<Department> activeDepartments) {
        form.setFrom(p, activeDepartments);
        session.shown(p, p.id() == null ? I18n.t("editor.person.newTitle")
                : I18n.t("editor.person.title", p.staffNo(), p.name()));
    }

    /** The person as currently edited. */
    public Person current() {
        return form.toPerson(session.stored());
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    /** Validates one field when the user leaves it (rules that need no database: not on the UI thread). */
    public void validateField(String field) {
        if (session.stored() == null) {
            return;
        }
        session.markField(field, PeopleService.validateFields(current(), people.today()));
    }

    /** Validates everything; saves in the background when valid. {@code after} gets true when saved. */
    @Override
    public void save(Consumer<Boolean> after) {
        if (session.stored() == null) {
            after.accept(false);
            return;
        }
        Person candidate = current();
        session.save(after, p -> {
            List<Problem> errors = people.validate(candidate).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Person saved = people.save(candidate);
            return new Saved(saved, people.activeDepartments(), people.history(saved.id()));
        }, s -> {
            show(s.person(), s.departments());
            auditHistory.setAll(s.audit());
            if (episodes.personId() == null) {
                episodes.load(s.person().id());
            }
            events.personSaved(s.person().id());
            dialogs.notify(I18n.t("editor.saved", s.person().staffNo() + " " + s.person().name()));
        });
    }

    private record Saved(Person person, List<Department> departments, List<AuditEntry> audit) {
    }

    /** Load, dirty check, save, close prompt and lifecycle shared with the other editors. */
    @Override
    public EditorSession<Person> session() {
        return session;
    }

    public PersonFormViewModel form() {
        return form;
    }

    /** The person's side jobs and leave to found companies (a saved person only). */
    public PersonEpisodesViewModel episodes() {
        return episodes;
    }

    /** The results this person is an inventor of (read-only here: shares are edited in the result). */
    public ObservableList<PersonResultRow> results() {
        return results;
    }

    public ObservableList<AuditEntry> auditHistory() {
        return auditHistory;
    }
}
