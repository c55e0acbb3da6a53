package org.transferdesk.institution.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The register of institutions and platforms built jointly with companies (R-REPORT-PARTS (4)): a list that
 * filters as you type, by kind and to the ones still running, with a small form below it to add or edit one;
 * the partner is chosen from the counterparties or, for a company that signed no deal, typed.
 */
public final class InstitutionRegisterViewModel {
    private final InstitutionService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final SortedFilteredRows<JointInstitution> listRows = new SortedFilteredRows<>();
    private final ObservableList<JointInstitution> source = listRows.all();
    private final FilteredList<JointInstitution> filtered = listRows.shown();
    private final ObservableList<Counterparty> partners = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<InstitutionKind> kindFilter = new SimpleObjectProperty<>();
    private final BooleanProperty runningOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
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
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        searchText.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
        runningOnly.addListener((o, a, b) -> applyFilter());
        filtered.addListener((ListChangeListener<JointInstitution>) c -> updateTotals());
        events.subscribe(change -> load());
    }

    /** Reads the register and the counterparties to choose partners from, in the background. */
    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(service.findAll(), service.partners())).onSuccess(l -> {
            source.setAll(l.rows());
            partners.setAll(l.partners());
            updateTotals();
        }).onFinished(() -> busy.set(false)));
    }

    private record Loaded(List<JointInstitution> rows, List<Counterparty> partners) {
    }

    private void applyFilter() {
        String text = searchText.get();
        String[] terms = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        InstitutionKind k = kindFilter.get();
        boolean running = runningOnly.get();
        filtered.setPredicate(i -> (k == null || i.kind() == k) && (!running || i.closedYear() == null)
                && Arrays.stream(terms).allMatch(t -> (i.name() + "\u0001" + Objects.toString(i.partnerName(), "")
                + "\u0001" + Objects.toString(i.note(), "")).toLowerCase(Locale.ROOT).contains(t)));
    }

    private void updateTotals() {
        long running = source.stream().filter(i -> i.closedYear() == null).count();
        totals.set(I18n.t("institutions.totals", source.size(), filtered.size(), running));
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
        busy.set(true);
        executor.execute(BackgroundTask.of(t -> {
            JointInstitution saved = service.save(candidate);
            return new Saved(saved, service.findAll());
        }).onSuccess(s -> {
            source.setAll(s.rows());
            updateTotals();
            editing.set(false);
            edited = null;
            dialogs.notify(I18n.t("editor.saved", s.saved().name()));
        }).onFailure(error -> problems.setAll(ErrorHandler.messages(error)))
                .onFinished(() -> busy.set(false)));
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
        busy.set(true);
        executor.execute(BackgroundTask.of(t -> {
            service.delete(i.id());
            return service.findAll();
        }).onSuccess(rows -> {
            source.setAll(rows);
            updateTotals();
            if (edited != null && i.id().equals(edited.id())) {
                cancelEdit();
            }
            dialogs.notify(I18n.t("institutions.deleted", i.name()));
        }).onFailure(error -> problems.setAll(ErrorHandler.plainMessage(error))).onFinished(() -> busy.set(false)));
    }

    /** The rows as shown (filtered and filtered), for the shared table export. */
    public List<List<Object>> visibleRowsForExport() {
        List<List<Object>> rows = new ArrayList<>();
        for (JointInstitution i : filtered) {
            rows.add(Arrays.asList(i.name(), i.kind().label(), i.partnerName(), i.foundedYear(), i.closedYear(),
                    i.note()));
        }
        return rows;
    }

    public static List<String> exportHeaders() {
        return List.of(I18n.t("institution.name"), I18n.t("institution.kind"), I18n.t("institution.partner"),
                I18n.t("institution.foundedYear"), I18n.t("institution.closedYear"), I18n.t("institution.note"));
    }

    public ObservableList<JointInstitution> rows() {
        return filtered;
    }

    /** The rows for the table: it shows them and its column headers set their order (sorted once, filtered per key). */
    public SortedFilteredRows<JointInstitution> sortedRows() {
        return listRows;
    }

    public ObservableList<Counterparty> partners() {
        return partners;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<InstitutionKind> kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty runningOnlyProperty() {
        return runningOnly;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
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
