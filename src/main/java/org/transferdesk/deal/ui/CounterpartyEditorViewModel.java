package org.transferdesk.deal.ui;

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
import javafx.collections.ObservableMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.DealValidator;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one counterparty: validates a field when it is left and everything on save; a credit code that
 * fails its check (R-ID-USCC) is a warning that does not block saving; a duplicate is refused with the
 * service's message. Merges a duplicate record into one, and lists the counterparty's deals.
 */
public final class CounterpartyEditorViewModel implements EditorViewModel<Counterparty> {
    private static final List<String> FIELD_ORDER = List.of("name", "creditCode", "province", "industrySection",
            "size", "contact");

    private final CounterpartyService counterparties;
    private final DealService deals;
    private final DialogService dialogs;
    private final DataEvents events;

    /**
     * The counterparty's fields. {@code province} and {@code industrySection} are what the report counts by; the free
     * texts {@code region} and {@code industry} stay as written.
     */
    public record Form(StringProperty name, StringProperty creditCode, StringProperty region, StringProperty industry,
                       ObjectProperty<Province> province, ObjectProperty<IndustrySection> industrySection,
                       ObjectProperty<EnterpriseSize> size, StringProperty contact) {
        Form() {
            this(new SimpleStringProperty(), new SimpleStringProperty(), new SimpleStringProperty(),
                    new SimpleStringProperty(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                    new SimpleObjectProperty<>(), new SimpleStringProperty());
        }

        void show(Counterparty c) {
            name.set(c.name());
            creditCode.set(c.creditCode());
            region.set(c.region());
            industry.set(c.industry());
            province.set(c.province());
            industrySection.set(c.industrySection());
            size.set(c.size());
            contact.set(c.contact());
        }

        /** The counterparty as typed (blank fields as null), keeping {@code stored}'s id and version. */
        Counterparty edited(Counterparty stored) {
            return new Counterparty(stored.id(), blankToNull(name.get()), blankToNull(creditCode.get()),
                    blankToNull(region.get()), province.get(), blankToNull(industry.get()), industrySection.get(),
                    size.get(), blankToNull(contact.get()), stored.version());
        }
    }

    private final Form form = new Form();

    private final ObservableList<DealSummary> dealRows = FXCollections.observableArrayList();
    private final ObservableList<Counterparty> mergeCandidates = FXCollections.observableArrayList();
    private final ObjectProperty<Counterparty> mergeOther = new SimpleObjectProperty<>();
    private final BooleanProperty keepThis = new SimpleBooleanProperty(true);
    private final ObservableMap<String, String> fieldWarnings = FXCollections.observableHashMap();
    private final EditorSession<Counterparty> session;

    public CounterpartyEditorViewModel(CounterpartyService counterparties, DealService deals, TaskExecutor executor,
                                       DialogService dialogs, DataEvents events) {
        this.counterparties = counterparties;
        this.deals = deals;
        this.dialogs = dialogs;
        this.events = events;
        this.session = new EditorSession<Counterparty>(executor, dialogs, I18n.t("counterpartyEditor.newTitle"))
                .fieldOrder(FIELD_ORDER).dirtyWhen(this::differsFrom).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
        form.province().addListener((o, a, b) -> validateField("province"));
        form.industrySection().addListener((o, a, b) -> validateField("industrySection"));
    }

    /**
     * Under the province choice: the free text as first written, when there is some that is not simply the chosen
     * province's name (so the user sees what the choice was made from); empty otherwise.
     */
    public String asWritten(String field) {
        boolean province = field.equals("province");
        String text = blankToNull(province ? form.region().get() : form.industry().get());
        org.transferdesk.common.Labeled chosen = province ? form.province().get() : form.industrySection().get();
        if (text == null || chosen != null && text.equals(chosen.label())) {
            return "";
        }
        return I18n.t("counterpartyEditor.asWritten", text);
    }

    /** Loads an existing counterparty (id) or prepares a new one (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        session.load(p -> loadData(id), loaded -> {
            show(loaded);
            whenReady.run();
        });
    }

    private Loaded loadData(Long id) {
        Counterparty c = id == null ? Counterparty.create("")
                : counterparties.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"));
        List<DealSummary> rows = id == null ? List.of() : deals.ofCounterparty(id);
        List<Counterparty> others = id == null ? List.of()
                : counterparties.findAll().stream().filter(o -> !o.id().equals(id)).toList();
        return new Loaded(c, rows, others);
    }

    private record Loaded(Counterparty counterparty, List<DealSummary> deals, List<Counterparty> others) {
    }

    private void show(Loaded loaded) {
        Counterparty c = loaded.counterparty();
        form.show(c);
        dealRows.setAll(loaded.deals());
        mergeCandidates.setAll(loaded.others());
        mergeOther.set(null);
        keepThis.set(true);
        session.shown(c, c.id() == null ? I18n.t("counterpartyEditor.newTitle")
                : I18n.t("counterpartyEditor.title", c.name()));
        showWarnings(DealValidator.validateCounterparty(c));
    }

    /** The counterparty as currently edited (blank fields as null). */
    public Counterparty current() {
        return form.edited(session.stored() == null ? Counterparty.create("") : session.stored());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    private boolean differsFrom(Counterparty original) {
        Counterparty now = current();
        return !Objects.equals(now.name(), blankToNull(original.name()))
                || !Objects.equals(now.creditCode(), blankToNull(original.creditCode()))
                || !Objects.equals(now.region(), blankToNull(original.region()))
                || !Objects.equals(now.industry(), blankToNull(original.industry()))
                || now.province() != original.province()
                || now.industrySection() != original.industrySection()
                || now.size() != original.size()
                || !Objects.equals(now.contact(), blankToNull(original.contact()));
    }

    /** Validates one field when the user leaves it (rules that need no database). */
    public void validateField(String field) {
        if (session.stored() == null) {
            return;
        }
        session.markField(field, DealValidator.validateCounterparty(current()), fieldWarnings);
    }

    private void showWarnings(List<Problem> all) {
        fieldWarnings.clear();
        all.stream().filter(p -> !p.isError()).forEach(p -> fieldWarnings.putIfAbsent(p.field(), p.message()));
    }

    /** Validates everything; saves in the background when there is no error. {@code after} gets true when saved. */
    @Override
    public void save(Consumer<Boolean> after) {
        if (session.stored() == null) {
            after.accept(false);
            return;
        }
        Counterparty candidate = current();
        // the service checks the cleaned record (normalised credit code) and refuses it with every problem
        session.save(after, p -> loadData(counterparties.save(candidate).id()), loaded -> {
            show(loaded);
            events.allChanged();
            dialogs.notify(I18n.t("editor.saved", loaded.counterparty().name()));
        });
    }

    /**
     * Merges this record and the chosen other one: the record to keep ({@link #keepThisProperty}) gets every
     * deal of the other, which is deleted. Asks for confirmation; refuses while there are unsaved changes.
     * Afterwards the editor shows the kept record.
     */
    public void merge() {
        Counterparty other = mergeOther.get();
        Counterparty original = session.stored();
        if (original == null || original.id() == null || other == null) {
            return;
        }
        if (isDirty()) {
            dialogs.showInfo(I18n.t("counterpartyEditor.mergeTitle"), I18n.t("counterpartyEditor.mergeSaveFirst"));
            return;
        }
        Counterparty kept = keepThis.get() ? original : other;
        Counterparty removed = keepThis.get() ? other : original;
        if (!dialogs.confirm(I18n.t("counterpartyEditor.mergeTitle"),
                I18n.t("counterpartyEditor.mergeConfirm", removed.name(), kept.name()))) {
            return;
        }
        session.run(p -> {
            counterparties.merge(kept.id(), removed.id());
            return loadData(kept.id());
        }, loaded -> {
            show(loaded);
            events.allChanged();
            dialogs.notify(I18n.t("counterpartyEditor.merged", removed.name(), kept.name()));
        });
    }

    public Form form() {
        return form;
    }

    /** The counterparty's deals (read-only here). */
    public ObservableList<DealSummary> deals() {
        return dealRows;
    }

    /** The other counterparties this one can be merged with. */
    public ObservableList<Counterparty> mergeCandidates() {
        return mergeCandidates;
    }

    public ObjectProperty<Counterparty> mergeOtherProperty() {
        return mergeOther;
    }

    /** True: keep this record and remove the other; false: the other way round. */
    public BooleanProperty keepThisProperty() {
        return keepThis;
    }

    /** Load, dirty check, save, close prompt and lifecycle shared with the other editors. */
    @Override
    public EditorSession<Counterparty> session() {
        return session;
    }

    /** Warnings that do not block saving (R-ID-USCC). */
    public ObservableMap<String, String> fieldWarnings() {
        return fieldWarnings;
    }

    /** Whether this is a saved record (merging and the deals tab need one). */
    public boolean isSaved() {
        return session.stored() != null && session.stored().id() != null;
    }
}
