package org.transferdesk.institution.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.InstitutionService;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.RegisterViewModel;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The register of institutions and platforms built jointly with companies (R-REPORT-PARTS (4)): a list that
 * filters as you type, by kind and to the ones still running, with a small form below it to add or edit one;
 * the partner is chosen from the counterparties or, for a company that signed no deal, typed.
 */
public final class InstitutionRegisterViewModel extends RegisterViewModel<JointInstitution, JointInstitution> {
    private final InstitutionService service;

    private final ObservableList<Counterparty> partners = FXCollections.observableArrayList();
    /** The partners the last read found, handed to the UI thread in {@link #loaded()}. */
    private volatile List<Counterparty> partnersRead = List.of();
    private final ListFacet<JointInstitution, InstitutionKind> kindFilter = facet(JointInstitution::kind,
            InstitutionKind.values(), "institutions.allKinds");
    private final BooleanProperty runningOnly = toggle("institutions.activeOnly", i -> i.closedYear() == null);

    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<InstitutionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Counterparty> partner = new SimpleObjectProperty<>();
    private final StringProperty partnerName = new SimpleStringProperty();
    private final StringProperty foundedYear = new SimpleStringProperty();
    private final StringProperty closedYear = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();

    /** Issue 24, item 8: the latest founded first (not yet founded last), then by name (pinyin). */
    static final Comparator<JointInstitution> OPENING = SortedFilteredRows.<JointInstitution, Integer>newestFirst(
            JointInstitution::foundedYear).thenComparing(Pinyin.by(JointInstitution::name));

    public InstitutionRegisterViewModel(InstitutionService service, TaskExecutor executor, DialogService dialogs,
                                        DataEvents events) {
        super(executor, listColumns(), dialogs, events);
        sortedRows().openIn(OPENING);
        this.service = service;
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

    @Override
    protected List<JointInstitution> readAll() {
        return service.findAll();
    }

    /** Reads the register and the counterparties to choose partners from. */
    @Override
    protected List<JointInstitution> read(ProgressSink progress, Consumer<List<JointInstitution>> firstRows) {
        List<JointInstitution> rows = readAll();
        partnersRead = service.partners();
        return rows;
    }

    @Override
    protected void loaded() {
        partners.setAll(partnersRead);
    }

    @Override
    protected Predicate<JointInstitution> predicate() {
        Predicate<JointInstitution> words = searchMatch(i -> (i.name() + "\u0001"
                + Objects.toString(i.partnerName(), "") + "\u0001" + Objects.toString(i.note(), ""))
                .toLowerCase(Locale.ROOT));
        return facetsMatch().and(words);
    }

    @Override
    protected String totalsText(int all, int shown) {
        long running = all().stream().filter(i -> i.closedYear() == null).count();
        return I18n.t("institutions.totals", all, shown, running);
    }

    @Override
    protected JointInstitution blank() {
        return JointInstitution.create();
    }

    @Override
    protected void fill(JointInstitution i) {
        name.set(i.name());
        kind.set(i.kind());
        partner.set(i.counterpartyId() == null ? null
                : partners.stream().filter(c -> c.id().equals(i.counterpartyId())).findFirst().orElse(null));
        partnerName.set(i.counterpartyId() == null ? i.partnerName() : null);
        foundedYear.set(i.foundedYear() == null ? "" : i.foundedYear().toString());
        closedYear.set(i.closedYear() == null ? "" : i.closedYear().toString());
        note.set(i.note());
    }

    /** The service's rules, on the FX thread as they need no database. */
    @Override
    protected JointInstitution candidate(JointInstitution edited, List<Problem> found) {
        Integer founded = year(foundedYear.get(), found);
        Integer closed = year(closedYear.get(), found);
        Counterparty p = partner.get();
        JointInstitution candidate = new JointInstitution(edited.id(), name.get(), kind.get(),
                p == null ? null : p.id(), p == null ? partnerName.get() : p.name(), founded, closed, note.get(),
                edited.version());
        found.addAll(service.validate(candidate).stream().filter(Problem::isError).toList());
        return candidate;
    }

    @Override
    protected JointInstitution store(JointInstitution candidate) {
        return service.save(candidate);
    }

    @Override
    protected String nameOf(JointInstitution i) {
        return i.name();
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
        if (i == null || i.id() == null || !dialogs().confirm(I18n.t("institutions.title"),
                I18n.t("institutions.deleteConfirm", i.name()))) {
            return;
        }
        change(t -> {
            service.delete(i.id());
            return null;
        }, () -> {
            JointInstitution edited = edited();
            if (edited != null && i.id().equals(edited.id())) {
                cancelEdit();
            }
            dialogs().notify(I18n.t("institutions.deleted", i.name()));
        });
    }

    public ObservableList<Counterparty> partners() {
        return partners;
    }

    public ListFacet<JointInstitution, InstitutionKind> kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty runningOnlyProperty() {
        return runningOnly;
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
}
