package org.transferdesk.outreach.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.outreach.CompanyRef;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.OutreachEvent;
import org.transferdesk.outreach.OutreachService;
import org.transferdesk.outreach.OutreachValidator;
import org.transferdesk.search.SearchService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one event (issue 25): its fields, the results presented (picked by number, title or pinyin), the companies
 * that came (picked among the counterparties, or made from the typed name and checked as the counterparty form checks
 * it) and the leads that followed; everything is written in one save.
 */
public final class EventEditorViewModel implements EditorViewModel<OutreachEvent> {
    private static final List<String> FIELD_ORDER = List.of("title", "kind", "startsOn", "endsOn", "place",
            "organiser", "notes", "leads");

    /** The event's own fields. */
    public record Form(StringProperty title, ObjectProperty<EventKind> kind, ObjectProperty<LocalDate> startsOn,
                       ObjectProperty<LocalDate> endsOn, StringProperty place, StringProperty organiser,
                       BooleanProperty online, StringProperty notes) {
        Form() {
            this(new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                    new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleBooleanProperty(), new SimpleStringProperty(""));
        }

        void show(OutreachEvent e) {
            title.set(nz(e.title()));
            kind.set(e.kind());
            startsOn.set(e.startsOn());
            endsOn.set(e.endsOn());
            place.set(nz(e.place()));
            organiser.set(nz(e.organiser()));
            online.set(e.online());
            notes.set(nz(e.notes()));
        }
    }

    private final OutreachService service;
    private final CounterpartyService counterparties;
    private final DealService deals;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;
    private final EditorSession<OutreachEvent> session;
    private final Form form = new Form();
    private final LinkedResultsViewModel results;
    private final ObservableList<CompanyRef> companies = FXCollections.observableArrayList();
    private final ObservableList<Counterparty> candidates = FXCollections.observableArrayList();
    private final LeadRows leads;

    public EventEditorViewModel(OutreachService service, CounterpartyService counterparties, DealService deals,
                                SearchService search, TaskExecutor executor, DialogService dialogs, DataEvents events) {
        this.service = service;
        this.counterparties = counterparties;
        this.deals = deals;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.results = new LinkedResultsViewModel(search, executor);
        this.leads = new LeadRows(results.results());
        this.session = new EditorSession<OutreachEvent>(executor, dialogs, I18n.t("outreachEditor.newTitle"))
                .fieldOrder(FIELD_ORDER).dirtyWhen(this::differsFrom).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
    }

    /** Loads an existing event (id) or prepares a new roadshow today (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        session.load(p -> loadData(id), loaded -> {
            show(loaded);
            whenReady.run();
        });
    }

    private record Loaded(OutreachEvent event, List<Counterparty> counterparties, List<DealSummary> deals) {
    }

    private Loaded loadData(Long id) {
        OutreachEvent e = id == null ? OutreachEvent.draft(EventKind.ROADSHOW, service.today())
                : service.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"));
        return new Loaded(e, counterparties.findAll(), deals.list());
    }

    private void show(Loaded loaded) {
        OutreachEvent e = loaded.event();
        candidates.setAll(loaded.counterparties());
        leads.deals(loaded.deals());
        form.show(e);
        results.results().setAll(e.results());
        companies.setAll(e.companies());
        leads.rows().setAll(e.leads());
        session.shown(e, e.id() == null ? I18n.t("outreachEditor.newTitle")
                : I18n.t("outreachEditor.title", e.title()));
    }

    /** The event as edited, keeping the stored record's id and version. */
    public OutreachEvent current() {
        OutreachEvent stored = session.stored() == null ? OutreachEvent.draft(EventKind.ROADSHOW, null)
                : session.stored();
        return new OutreachEvent(stored.id(), form.title().get(), form.kind().get(), form.startsOn().get(),
                form.endsOn().get(), form.place().get(), form.organiser().get(), form.online().get(),
                form.notes().get(), List.copyOf(results.results()), List.copyOf(companies),
                List.copyOf(leads.rows()), stored.version());
    }

    private boolean differsFrom(OutreachEvent stored) {
        OutreachEvent now = current();
        return !Objects.equals(nz(now.title()), nz(stored.title())) || now.kind() != stored.kind()
                || !Objects.equals(now.startsOn(), stored.startsOn()) || !Objects.equals(now.endsOn(), stored.endsOn())
                || !Objects.equals(nz(now.place()), nz(stored.place()))
                || !Objects.equals(nz(now.organiser()), nz(stored.organiser())) || now.online() != stored.online()
                || !Objects.equals(nz(now.notes()), nz(stored.notes()))
                || !now.results().equals(stored.results()) || !now.companies().equals(stored.companies())
                || !now.leads().equals(stored.leads());
    }

    /** Checks one field when it is left (the rules that need no database). */
    public void validateField(String field) {
        if (session.stored() != null) {
            session.markField(field, OutreachValidator.validateEvent(current()));
        }
    }

    @Override
    public void save(Consumer<Boolean> after) {
        if (session.stored() == null) {
            after.accept(false);
            return;
        }
        OutreachEvent candidate = current();
        session.save(after, p -> {
            OutreachEvent saved = service.save(candidate);
            return new Loaded(saved, counterparties.findAll(), deals.list());
        }, loaded -> {
            show(loaded);
            events.allChanged();
            dialogs.notify(I18n.t("editor.saved", loaded.event().title()));
        });
    }

    /** A company picked in the 参会企业 picker comes to the event (once). */
    public void attend(Counterparty c) {
        if (c != null && c.id() != null && companies.stream().noneMatch(r -> r.id() == c.id())) {
            companies.add(new CompanyRef(c.id(), c.name()));
        }
    }

    public void removeCompany(CompanyRef c) {
        companies.remove(c);
    }

    /**
     * 新建… in the picker: the counterparty is saved under the typed name, refused with the counterparty form's
     * reasons (a name already registered, say), and comes to the event.
     */
    public void newCounterparty(String name, Consumer<Counterparty> chosen) {
        executor.execute(BackgroundTask.of(p -> counterparties.save(Counterparty.create(name)))
                .onSuccess(made -> {
                    candidates.add(made);
                    chosen.accept(made);
                })
                .onFailure(error -> dialogs.showError(I18n.t("dealTerms.counterpartyNotMade", name),
                        ErrorHandler.plainMessage(error), null)));
    }

    public Form form() {
        return form;
    }

    /** The results presented, with the picker's search over every result. */
    public LinkedResultsViewModel results() {
        return results;
    }

    public ObservableList<CompanyRef> companies() {
        return companies;
    }

    /** The counterparties the 参会企业 picker offers. */
    public ObservableList<Counterparty> candidates() {
        return candidates;
    }

    public LeadRows leads() {
        return leads;
    }

    @Override
    public EditorSession<OutreachEvent> session() {
        return session;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
