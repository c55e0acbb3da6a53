package org.transferdesk.outreach.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.outreach.ContactEntry;
import org.transferdesk.outreach.ContactWay;
import org.transferdesk.outreach.OutreachService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * A counterparty's contact log (issue 25): the entries newest first, and one entry at a time in the form below them
 * (a new one, or the one chosen in the table), saved on its own. A next step with its day goes to 待办 until it is
 * marked done.
 */
public final class ContactLogViewModel {
    /** The entry's fields as typed. */
    public record Form(ObjectProperty<LocalDate> contactedOn, ObjectProperty<ContactWay> way, StringProperty who,
                       StringProperty metWith, StringProperty summary, StringProperty nextStep,
                       ObjectProperty<LocalDate> nextDue, BooleanProperty nextDone) {
        Form() {
            this(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleObjectProperty<>(), new SimpleBooleanProperty());
        }

        void show(ContactEntry c) {
            contactedOn.set(c.contactedOn());
            way.set(c.way());
            who.set(nz(c.who()));
            metWith.set(nz(c.metWith()));
            summary.set(nz(c.summary()));
            nextStep.set(nz(c.nextStep()));
            nextDue.set(c.nextDue());
            nextDone.set(c.nextDone());
        }

        ContactEntry edited(Long id, long counterpartyId, int version) {
            return new ContactEntry(id, counterpartyId, contactedOn.get(), way.get(), who.get(), metWith.get(),
                    summary.get(), nextStep.get(), nextDue.get(), nextDone.get(), version);
        }
    }

    private final OutreachService service;
    private final TaskExecutor executor;
    private final DataEvents events;
    private final ObservableList<ContactEntry> entries = FXCollections.observableArrayList();
    private final Form form = new Form();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private Long counterpartyId;
    private ContactEntry editing;

    public ContactLogViewModel(OutreachService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        this.events = events;
    }

    /** Reads the log of {@code id} in the background; a counterparty not yet saved (null) has none. */
    public void load(Long id) {
        counterpartyId = id;
        ready.set(id != null);
        if (id == null) {
            entries.clear();
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.contacts(id)).onSuccess(rows -> {
            entries.setAll(rows);
            newEntry();
        }));
    }

    /** Empties the form for a new entry: today, a visit, by whoever is signed in. */
    public void newEntry() {
        editing = null;
        error.set("");
        form.show(new ContactEntry(null, 0, service.today(), ContactWay.VISIT, service.me(), null, null, null, null,
                false, 0));
    }

    /** The entry chosen in the table goes into the form (null: a new one). */
    public void edit(ContactEntry entry) {
        if (entry == null) {
            newEntry();
            return;
        }
        editing = entry;
        error.set("");
        form.show(entry);
    }

    /** Saves the form's entry in the background; what is wrong stays under the form and nothing is written. */
    public void save() {
        if (counterpartyId == null) {
            return;
        }
        long owner = counterpartyId;
        ContactEntry candidate = form.edited(editing == null ? null : editing.id(), owner,
                editing == null ? 0 : editing.version());
        executor.execute(BackgroundTask.of(p -> {
            ContactEntry saved = service.save(candidate);
            return new Saved(saved, service.contacts(owner));
        }).onSuccess(saved -> {
            entries.setAll(saved.log());
            newEntry();
            events.dueChanged();
        }).onFailure(e -> error.set(ErrorHandler.plainMessage(e))));
    }

    private record Saved(ContactEntry entry, List<ContactEntry> log) {
    }

    public ObservableList<ContactEntry> entries() {
        return entries;
    }

    public Form form() {
        return form;
    }

    /** Why the last save was refused ("" when it was not). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the counterparty exists: a new one is saved before its log is kept. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The 方式 column's text and the next step's column (the step and its day, or "已完成"). */
    static String nextStepText(ContactEntry c) {
        if (c.nextStep() == null) {
            return "";
        }
        return c.nextDone() ? I18n.t("outreachContact.nextStepDone", c.nextStep())
                : I18n.t("outreachContact.nextStepDue", c.nextStep(), c.nextDue());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
