package org.transferdesk.institution.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The register of institutions and platforms built jointly with companies (R-REPORT-PARTS (4)): a list that
 * filters as you type, by kind and to the ones still running, with a small form below it to add or edit one;
 * the partner is chosen from the counterparties or, for a company that signed no deal, typed.
 */
public final class InstitutionRegisterViewModel extends ListPage<JointInstitution> {
    private final InstitutionService service;
    private final DialogService dialogs;

    private final ObservableList<Counterparty> partners = FXCollections.observableArrayList();
    /** The partners the last read found, handed to the UI thread in {@link #loaded()}. */
    private volatile List<Counterparty> partnersRead = List.of();
    private final ObjectProperty<InstitutionKind> kindFilter = new SimpleObjectProperty<>();
    private final BooleanProperty runningOnly = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    // the indicator and the buttons wait for a load as well as for a save or delete
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<InstitutionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Counterparty> partner = new SimpleObjectProperty<>();
    private final StringProperty partnerName = new SimpleStringProperty();
    private final StringProperty foundedYear = new SimpleStringProperty();
    private final StringProperty closedYear = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private JointInstitution edited;

    public InstitutionRegisterViewModel(InstitutionService service, TaskExecutor executor, DialogService dialogs,
                                        DataEvents events) {
        super(executor, listColumns());
        this.service = service;
        this.dialogs = dialogs;
        busy.bind(loadingProperty().or(saving));
        refilterOn(kindFilter, runningOnly);
        events.subscribe(change -> load());
    }

    /** A closed year shows "running" while there is none; the export leaves that cell empty. */
    private static List<ListColumn<JointInstitution>> listColumns() {
        return List.of(ListColumn.text("institution.name", 240, JointInstitution::name),
                ListColumn.labeled("institution.kind", 120, JointInstitution::kind),
                ListColumn.text("institution.partner", 220, JointInstitution::partnerName),
                ListColumn.<JointInstitution>of("institution.foundedYear", 80, JointInstitution::foundedYear)
                        .aligned(ListColumn.Align.RIGHT),
                ListColumn.<JointInstitution>of("institution.closedYear", 80, i -> i.closedYear() == null
                        ? I18n.t("institutions.running") : i.closedYear().toString())
                        .exporting(JointInstitution::closedYear),
                ListColumn.text("institution.note", 200, JointInstitution::note));
    }

    /** Reads the register and the counterparties to choose partners from. */
    @Override
    protected List<JointInstitution> read(ProgressSink progress, Consumer<List<JointInstitution>> firstRows) {
        List<JointInstitution> rows = service.findAll();
        partnersRead = service.partners();
        return rows;
    }

    @Override
    protected void loaded() {
        partners.setAll(partnersRead);
    }

    @Override
    protected Predicate<JointInstitution> predicate() {
        String text = searchTextProperty().get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        InstitutionKind k = kindFilter.get();
        boolean running = runningOnly.get();
        return i -> (k == null || i.kind() == k) && (!running || i.closedYear() == null)
                && Arrays.stream(terms).allMatch(t -> (i.name() + "\u0001" + Objects.toString(i.partnerName(), "")
                + "\u0001" + Objects.toString(i.note(), "")).toLowerCase(Locale.ROOT).contains(t));
    }

    @Override
    protected void clearFacets() {
        kindFilter.set(null);
        runningOnly.set(false);
    }

    @Override
    protected String totalsText(int all, int shown) {
        long running = all().stream().filter(i -> i.closedYear() == null).count();
        return I18n.t("institutions.totals", all, shown, running);
    }

    /** Starts a new record in the form. */
    public void newInstitution() {
        edit(JointInstitution.create());
    }

    /** Puts a record into the form. */
    public void edit(JointInstitution i) {
        edited = i;
        name.set(i.name());
        kind.set(i.kind());
        partner.set(i.counterpartyId() == null ? null
                : partners.stream().filter(c -> c.id().equals(i.counterpartyId())).findFirst().orElse(null));
        partnerName.set(i.counterpartyId() == null ? i.partnerName() : null);
        foundedYear.set(i.foundedYear() == null ? "" : i.foundedYear().toString());
        closedYear.set(i.closedYear() == null ? "" : i.closedYear().toString());
        note.set(i.note());
        problems.clear();
        editing.set(true);
    }

    public void cancelEdit() {
        editing.set(false);
        problems.clear();
        edited = null;
    }

    /** Checks the form (the service's rules, on the FX thread as they need no database); saves in the background. */
    public void save() {
        if (edited == null) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        Integer founded = year(foundedYear.get(), found);
        Integer closed = year(closedYear.get(), found);
        Counterparty p = partner.get();
        JointInstitution candidate = new JointInstitution(edited.id(), name.get(), kind.get(),
                p == null ? null : p.id(), p == null ? partnerName.get() : p.name(), founded, closed, note.get(),
                edited.version());
        found.addAll(service.validate(candidate).stream().filter(Problem::isError).toList());
        if (!found.isEmpty()) {
            problems.setAll(found.stream().map(Problem::message).toList());
            return;
        }
        problems.clear();
        saving.set(true);
        executor().execute(BackgroundTask.of(t -> {
            JointInstitution saved = service.save(candidate);
            return new Saved(saved, service.findAll());
        }).onSuccess(s -> {
            all().setAll(s.rows());
            editing.set(false);
            edited = null;
            dialogs.notify(I18n.t("editor.saved", s.saved().name()));
        }).onFailure(error -> problems.setAll(ErrorHandler.messages(error)))
                .onFinished(() -> saving.set(false)));
    }

    private record Saved(JointInstitution saved, List<JointInstitution> rows) {
    }

    /** A year typed in the form: empty is null; anything but 4 digits is a problem. */
    private static Integer year(String text, List<Problem> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            found.add(Problem.error("institutions.badYear", "year", t));
            return null;
        }
        return Integer.valueOf(t);
    }

    /** Deletes a record after confirmation. */
    public void delete(JointInstitution i) {
        if (i == null || i.id() == null || !dialogs.confirm(I18n.t("institutions.title"),
                I18n.t("institutions.deleteConfirm", i.name()))) {
            return;
        }
        saving.set(true);
        executor().execute(BackgroundTask.of(t -> {
            service.delete(i.id());
            return service.findAll();
        }).onSuccess(rows -> {
            all().setAll(rows);
            if (edited != null && i.id().equals(edited.id())) {
                cancelEdit();
            }
            dialogs.notify(I18n.t("institutions.deleted", i.name()));
        }).onFailure(error -> problems.setAll(ErrorHandler.plainMessage(error))).onFinished(() -> saving.set(false)));
    }

    public ObservableList<Counterparty> partners() {
        return partners;
    }

    public ObjectProperty<InstitutionKind> kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty runningOnlyProperty() {
        return runningOnly;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the form is open. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<InstitutionKind> kindProperty() {
        return kind;
    }

    /** The partner from the counterparties; null when it is typed in {@link #partnerNameProperty}. */
    public ObjectProperty<Counterparty> partnerProperty() {
        return partner;
    }

    public StringProperty partnerNameProperty() {
        return partnerName;
    }

    public StringProperty foundedYearProperty() {
        return foundedYear;
    }

    public StringProperty closedYearProperty() {
        return closedYear;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
