package org.transferdesk.need.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.ui.LinkedResultsViewModel;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedContact;
import org.transferdesk.need.NeedMove;
import org.transferdesk.need.NeedService;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;
import org.transferdesk.need.NeedValidator;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.StatusMoves;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one need: the company (picked, or a new one typed in with its credit code), what is needed, budget, deadline,
 * contact and source; the offered results; the status moves (closing asks a reason); and 起草合同, which has the deal
 * service make a draft deal from the need and opens it.
 */
public final class NeedEditorViewModel implements EditorViewModel<Need> {
    private static final List<String> FIELD_ORDER = List.of("company", "title", "description", "field", "budget",
            "deadline", "contactEmail", "source", "status", "closedReason");

    /** The need's own fields as the form shows them; amounts and the new company's fields as typed. */
    public record Form(ObjectProperty<Counterparty> company, BooleanProperty newCompany, StringProperty newCompanyName,
                       StringProperty newCompanyCode, StringProperty title, StringProperty description,
                       StringProperty field, StringProperty budgetMin, StringProperty budgetMax,
                       ObjectProperty<LocalDate> deadline, StringProperty contactName, StringProperty contactPhone,
                       StringProperty contactEmail, ObjectProperty<NeedSource> source) {
        Form() {
            this(new SimpleObjectProperty<>(), new SimpleBooleanProperty(), new SimpleStringProperty(),
                    new SimpleStringProperty(), new SimpleStringProperty(), new SimpleStringProperty(),
                    new SimpleStringProperty(), new SimpleStringProperty(), new SimpleStringProperty(),
                    new SimpleObjectProperty<>(), new SimpleStringProperty(), new SimpleStringProperty(),
                    new SimpleStringProperty(), new SimpleObjectProperty<>());
        }

        void show(Need n, List<Counterparty> companies) {
            company.set(companies.stream().filter(c -> Objects.equals(c.id(), n.counterpartyId())).findFirst()
                    .orElse(null));
            newCompany.set(false);
            newCompanyName.set(null);
            newCompanyCode.set(null);
            title.set(n.title());
            description.set(n.description());
            field.set(n.field());
            budgetMin.set(n.budgetMin() == null ? "" : Money.format(n.budgetMin()));
            budgetMax.set(n.budgetMax() == null ? "" : Money.format(n.budgetMax()));
            deadline.set(n.deadline());
            contactName.set(n.contact().name());
            contactPhone.set(n.contact().phone());
            contactEmail.set(n.contact().email());
            source.set(n.source());
        }
    }

    private final NeedService service;
    private final DialogService dialogs;
    private final DataEvents events;
    private final LongConsumer openDeal;
    private final Form form = new Form();
    private final LinkedResultsViewModel results;
    private final ObservableList<Counterparty> companies = FXCollections.observableArrayList();
    private final ObservableList<NeedMove> moves = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final StatusMoves<NeedStatus> status = new StatusMoves<>(NeedStatus.OPEN);
    private final StringProperty closeReason = new SimpleStringProperty();
    private final StringProperty dealText = new SimpleStringProperty("");
    private final BooleanProperty mayDraftDeal = new SimpleBooleanProperty();
    private final ObjectProperty<ResultRef> dealResult = new SimpleObjectProperty<>();
    private final EditorSession<Need> session;

    /** {@code results} finds the results to offer; {@code openDeal} opens a drafted deal in the deal editor. */
    public NeedEditorViewModel(NeedService service, LinkedResultsViewModel results, TaskExecutor executor,
                               DialogService dialogs, DataEvents events, LongConsumer openDeal) {
        this.service = service;
        this.results = results;
        this.dialogs = dialogs;
        this.events = events;
        this.openDeal = openDeal;
        this.session = new EditorSession<Need>(executor, dialogs, I18n.t("needEditor.newTitle"))
                .fieldOrder(FIELD_ORDER).dirtyWhen(this::differsFrom).savedWhen(n -> !n.isNew()).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
        session.listen(results.results(), c -> offerDealResult());
    }

    /** Loads an existing need (id) or prepares a new one (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        session.load(p -> loadData(id), loaded -> {
            show(loaded);
            whenReady.run();
        });
    }

    private record Loaded(Need need, List<Counterparty> companies, List<AuditEntry> history) {
    }

    private Loaded loadData(Long id) {
        Need n = id == null ? Need.create()
                : service.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"));
        return new Loaded(n, service.companies(), id == null ? List.of() : service.history(id));
    }

    private void show(Loaded loaded) {
        Need n = loaded.need();
        companies.setAll(loaded.companies());
        form.show(n, loaded.companies());
        results.results().setAll(n.results());
        moves.setAll(n.moves());
        history.setAll(loaded.history());
        closeReason.set(null);
        status.show(n.status(), n.isNew() ? List.of() : new java.util.TreeSet<>(n.status().allowedNext()));
        dealText.set(n.dealNo() == null ? "" : n.dealNo());
        mayDraftDeal.set(!n.isNew() && n.status() == NeedStatus.NEGOTIATING && n.dealId() == null);
        offerDealResult();
        session.shown(n, n.isNew() ? I18n.t("needEditor.newTitle") : I18n.t("needEditor.title", n.title()));
        session.fieldErrors().clear();
    }

    private void offerDealResult() {
        if (dealResult.get() == null || !results.results().contains(dealResult.get())) {
            dealResult.set(results.results().isEmpty() ? null : results.results().get(0));
        }
    }

    /**
     * 新建… in the company picker: the typed name goes into the new company's fields (with its credit code), and the
     * company is recorded with the need's save — never guessed from the text alone.
     */
    public void newCompany(String typed, Consumer<Counterparty> made) {
        form.company().set(null);
        form.newCompany().set(true);
        form.newCompanyName().set(typed == null ? null : typed.strip());
    }

    /** Back from typing a new company to picking one. */
    public void pickCompany() {
        form.newCompany().set(false);
        form.newCompanyName().set(null);
        form.newCompanyCode().set(null);
    }

    /** The need as edited; amounts that are not amounts are left empty (the parse problems say so). */
    public Need current() {
        Need stored = session.stored() == null ? Need.create() : session.stored();
        Counterparty picked = form.company().get();
        Counterparty typed = form.newCompany().get()
                ? new Counterparty(null, blankToNull(form.newCompanyName().get()), code(form.newCompanyCode().get()),
                        null, null, null, null, null, null, 0)
                : null;
        return new Need(stored.id(), typed != null || picked == null ? null : picked.id(),
                typed != null || picked == null ? null : picked.name(), typed, blankToNull(form.title().get()),
                blankToNull(form.description().get()), blankToNull(form.field().get()),
                Money.parse(form.budgetMin().get()).orElse(null), Money.parse(form.budgetMax().get()).orElse(null),
                form.deadline().get(), new NeedContact(blankToNull(form.contactName().get()),
                blankToNull(form.contactPhone().get()), blankToNull(form.contactEmail().get())),
                form.source().get(), stored.status(), stored.closedReason(), List.copyOf(results.results()),
                stored.dealId(), stored.dealNo(), stored.moves(), stored.version());
    }

    private static String code(String typed) {
        return typed == null || typed.isBlank() ? null : CreditCode.normalise(typed);
    }

    /** Budget bounds typed that are not amounts (blank is an open bound, not a problem). */
    List<Problem> parseProblems() {
        List<Problem> problems = new ArrayList<>();
        for (String typed : List.of(nz(form.budgetMin().get()), nz(form.budgetMax().get()))) {
            if (!typed.isBlank() && Money.parse(typed).isEmpty()) {
                problems.add(Problem.error("need.budget.notAmount", "budget", typed));
            }
        }
        return problems;
    }

    private boolean differsFrom(Need stored) {
        Need now = current();
        return !Objects.equals(now.counterpartyId(), stored.counterpartyId()) || now.newCompany() != null
                || !Objects.equals(now.title(), blankToNull(stored.title()))
                || !Objects.equals(now.description(), stored.description())
                || !Objects.equals(now.field(), stored.field())
                || !sameAmount(now.budgetMin(), stored.budgetMin()) || !sameAmount(now.budgetMax(), stored.budgetMax())
                || !parseProblems().isEmpty()
                || !Objects.equals(now.deadline(), stored.deadline()) || !now.contact().equals(stored.contact())
                || now.source() != stored.source() || !now.results().equals(stored.results());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Validates one field when the user leaves it (the rules that need no database). */
    public void validateField(String field) {
        if (session.stored() == null) {
            return;
        }
        List<Problem> found = new ArrayList<>(parseProblems());
        found.addAll(NeedValidator.validate(current(), service.today()));
        session.markField(field, found);
    }

    @Override
    public void save(Consumer<Boolean> after) {
        if (session.stored() == null) {
            after.accept(false);
            return;
        }
        List<Problem> parse = parseProblems();
        if (!parse.isEmpty()) {
            session.refuse(parse, after);
            return;
        }
        Need candidate = current();
        session.save(after, p -> loadData(service.save(candidate).id()), loaded -> {
            show(loaded);
            events.needSaved(loaded.need().id());
            dialogs.notify(I18n.t("editor.saved", loaded.need().title()));
        });
    }

    /** Moves the saved need to {@code to}; closing needs the reason typed. Asks to save unsaved edits first. */
    public void move(NeedStatus to) {
        Need stored = session.stored();
        if (stored == null || stored.isNew() || to == null) {
            return;
        }
        if (isDirty()) {
            // a move writes the stored need: edits not yet saved would go unseen
            session.problems().setAll(I18n.t("editor.saveBeforeStatus"));
            return;
        }
        String reason = closeReason.get();
        List<Problem> refused = org.transferdesk.need.NeedFlow.check(stored, to, reason);
        if (!refused.isEmpty()) {
            session.showProblems(new ValidationException(refused));
            return;
        }
        session.run(p -> loadData(service.move(stored, to, reason).id()), loaded -> {
            show(loaded);
            events.needSaved(loaded.need().id());
        });
    }

    /**
     * 起草合同: the deal service drafts a deal from the saved need (its company, title and the chosen result), links it
     * to the need and the deal editor opens it.
     */
    public void draftDeal() {
        Need stored = session.stored();
        if (stored == null || !mayDraftDeal.get()) {
            return;
        }
        if (isDirty()) {
            session.problems().setAll(I18n.t("editor.saveBeforeStatus"));
            return;
        }
        ResultRef chosen = dealResult.get();
        Deal[] made = new Deal[1];
        session.run(p -> {
            made[0] = service.draftDeal(stored, chosen);
            return loadData(stored.id());
        }, loaded -> {
            show(loaded);
            events.dealSaved(made[0].id());
            events.needSaved(loaded.need().id());
            openDeal.accept(made[0].id());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Form form() {
        return form;
    }

    public LinkedResultsViewModel results() {
        return results;
    }

    public ObservableList<Counterparty> companies() {
        return companies;
    }

    public ObservableList<NeedMove> moves() {
        return moves;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public StatusMoves<NeedStatus> status() {
        return status;
    }

    /** The reason a close move records. */
    public StringProperty closeReasonProperty() {
        return closeReason;
    }

    /** The drafted deal's contract number ("" while none). */
    public StringProperty dealTextProperty() {
        return dealText;
    }

    public BooleanProperty mayDraftDealProperty() {
        return mayDraftDeal;
    }

    /** The linked result the draft deal converts (the first offered, unless another is chosen). */
    public ObjectProperty<ResultRef> dealResultProperty() {
        return dealResult;
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public EditorSession<Need> session() {
        return session;
    }
}
