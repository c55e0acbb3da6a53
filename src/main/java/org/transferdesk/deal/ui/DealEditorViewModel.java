package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.AccountPosition;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealValidator;
import org.transferdesk.search.SearchService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.Assignees;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.StatusMoves;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one deal: composes terms, linked results, publicity, approvals, instalments, receipts, costs
 * and equity view models; validates a field when it is left and everything on save (warnings are shown
 * but do not block); writes nothing unless valid; moves the status through the service's signing rules.
 */
public final class DealEditorViewModel implements EditorViewModel<Deal> {
    private final DealService service;
    private final CounterpartyService counterparties;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;
    private final Assignees assignees;

    private final DealTermsViewModel terms = new DealTermsViewModel();
    private final LinkedResultsViewModel results;
    private final PublicityViewModel publicity = new PublicityViewModel();
    private final ApprovalsViewModel approvals = new ApprovalsViewModel();
    private final InstalmentsViewModel instalments = new InstalmentsViewModel();
    private final ReceiptsViewModel receipts = new ReceiptsViewModel();
    private final CostsViewModel costs = new CostsViewModel();
    private final EquityViewModel equity = new EquityViewModel();
    private final ObservableList<AuditEntry> auditHistory = FXCollections.observableArrayList();
    private final EditorSession<Deal> session;
    private final List<DealTab> tabs = new ArrayList<>();
    private final StatusMoves<DealStatus> status = new StatusMoves<>(DealStatus.DRAFT);
    private final ReadOnlyStringWrapper requiredApproval = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AccountPosition> position = new ReadOnlyObjectWrapper<>();
    private final DealFlowViewModel flow;
    /** The last day of publicity last filled in for the clerk (replaced when the start changes again). */
    private java.time.LocalDate prefilledEnd;
    /** A deal is being shown: its fields change, but not by the clerk (nothing is pre-filled then). */
    private boolean showing;

    /** As below, without the 经办人 chooser (a deal's assignee is kept as loaded). */
    public DealEditorViewModel(DealService service, CounterpartyService counterparties, SearchService search,
                               TaskExecutor executor, DialogService dialogs, DataEvents events) {
        this(service, counterparties, search, Assignees.NONE, executor, dialogs, events);
    }

    /** {@code assignees}: whom a deal may be assigned to (经办人/技术经理人, issue 22). */
    public DealEditorViewModel(DealService service, CounterpartyService counterparties, SearchService search,
                               Assignees assignees, TaskExecutor executor, DialogService dialogs, DataEvents events) {
        this.assignees = assignees;
        this.service = service;
        this.counterparties = counterparties;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        // a refused save lists its warnings too, but marks only the fields with errors
        this.session = new EditorSession<Deal>(executor, dialogs, "").errorsOnFields().dirtyWhen(this::differsFrom)
                .savedWhen(d -> !d.isNew()).saveWith(this::saveWithTabs);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
        terms.makeCounterpartiesWith(this::saveCounterparty);
        this.results = new LinkedResultsViewModel(search, executor);
        // the terms tab first: the tabs after it read the mode it sets (equity)
        tabs.addAll(List.of(terms, results, publicity, approvals, instalments, receipts, costs, equity));
        ListChangeListener<Object> money = c -> updatePosition();
        instalments.rows().addListener(money);
        receipts.rows().addListener(money);
        terms.contract().amount().addListener((o, a, b) -> updatePosition());
        terms.contract().mode().addListener((o, a, b) -> updatePosition());
        terms.contract().amount().addListener((o, a, b) -> updateRequiredApproval());
        terms.contract().signedOn().addListener((o, a, b) -> updateRequiredApproval());
        publicity.notice().startsOn().addListener((o, a, start) -> updateEarliestEnd(!showing));
        results.results().addListener((ListChangeListener<Object>) c -> session.fieldErrors().remove("results"));
        this.flow = new DealFlowViewModel(service::flow, executor);
        watchFlow();
    }

    /** The edits the 流程 checks read (the signing rules): each asks for the flow again. */
    private void watchFlow() {
        DealTermsViewModel.Contract c = terms.contract();
        javafx.beans.InvalidationListener changed = o -> refreshFlow();
        for (javafx.beans.Observable o : List.of(c.signedOn(), c.amount(), c.mode(), c.pricing(), c.relatedParty(),
                publicity.notice().startsOn(), publicity.notice().endsOn(), publicity.rows(), approvals.rows(),
                terms.registration().number(), terms.registration().registeredOn())) {
            o.addListener(changed);
        }
    }

    private void refreshFlow() {
        Deal stored = session.stored();
        if (showing || stored == null) {
            return;
        }
        flow.refresh(current());
    }

    /** A counterparty typed into the 对方 picker is saved on its own, so the deal can point at it. */
    private void saveCounterparty(String name, Consumer<Counterparty> made) {
        executor.execute(BackgroundTask.of(p -> counterparties.save(Counterparty.create(name)))
                .onSuccess(made)
                .onFailure(error -> dialogs.showError(I18n.t("dealTerms.counterpartyNotMade", name),
                        ErrorHandler.plainMessage(error), null)));
    }

    /** Loads an existing deal (id) or prepares a new one (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        session.load(p -> {
            List<Counterparty> cps = counterparties.findAll();
            List<Company> companies = counterparties.companies();
            Assignees.Options options = assignees.options();
            Deal d = id == null ? draft(options, service.nextContractNo())
                    : service.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"));
            List<AuditEntry> audit = id == null ? List.of() : service.history(id);
            return new Loaded(cps, companies, d, audit, options);
        }, loaded -> {
            terms.counterparties().setAll(loaded.counterparties());
            terms.manager().offer(loaded.assignees());
            equity.companies().setAll(loaded.companies());
            show(loaded.deal());
            auditHistory.setAll(loaded.audit());
            whenReady.run();
        });
    }

    private record Loaded(List<Counterparty> counterparties, List<Company> companies, Deal deal,
                          List<AuditEntry> audit, Assignees.Options assignees) {
    }

    /** A technology manager's new deal is theirs (issue 22). */
    private static Deal draft(Assignees.Options options, String contractNo) {
        Assignees.Assignee own = options.forNew();
        // the next of the office's numbers is offered; the clerk may type another (issue 24)
        DealBuilder draft = DealBuilder.toBuilder(Deal.draft(DealMode.TRANSFER)).contractNo(contractNo);
        return (own == null ? draft : draft.managerLogin(own.login()).managerName(own.displayName())).build();
    }

    /**
     * Adds a tab composed from another part (obligations, diligence, rewards): it is shown the deal each time
     * it is loaded or saved, and the editor's save runs its own save after the deal's.
     */
    public void addTab(DealTab tab) {
        tabs.add(tab);
    }

    private void show(Deal d) {
        showing = true;
        session.shown(d, d.isNew() ? I18n.t("dealEditor.newTitle") : I18n.t("dealEditor.title", d.contractNo(), d.title()));
        tabs.forEach(t -> t.show(d));
        showing = false;
        status.show(d.status(), d.isNew() ? List.of() : new java.util.TreeSet<>(d.status().allowedNext()));
        session.fieldErrors().clear();
        updatePosition();
        updateRequiredApproval();
        updateEarliestEnd(false);
        flow.refresh(d);
    }

    /** The deal as currently edited, each tab's part collected (amounts that are not amounts are left empty). */
    public Deal current() {
        Deal original = session.stored();
        Deal edited = DealBuilder.deal().mode(terms.contract().mode().get()).id(original.id()).status(original.status())
                .equity(original.equity()).version(original.version()).build();
        for (DealTab tab : tabs) {
            edited = tab.contribute(edited);
        }
        return edited;
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    private boolean differsFrom(Deal before) {
        return recordDiffers(before) || tabs.stream().anyMatch(DealTab::hasOwnEdits);
    }

    private boolean recordDiffers(Deal before) {
        return !normalise(current()).equals(normalise(before));
    }

    /** Ignores what the editor cannot show differently (names looked up, equity of other modes). */
    private static Deal normalise(Deal d) {
        return DealBuilder.toBuilder(d)
                .results(d.results().stream()
                        .map(r -> new org.transferdesk.deal.ResultRef(r.disclosureId(), null, null)).toList())
                .counterpartyName(null).managerName(null)
                .contractAmount(d.contractAmount() == null ? null : Money.of(d.contractAmount()))
                .equity(d.equity() == null ? null
                        : new org.transferdesk.deal.Equity(d.equity().companyId(), null, d.equity().universityShare(),
                        d.equity().registrationChangeOn())).build();
    }

    private List<Problem> localProblems() {
        Deal edited = current();
        return tabs.stream().flatMap(t -> t.parseProblems(edited).stream()).toList();
    }

    /**
     * The session's save (Shortcut+S, or when closing asks): the deal record when it changed (or when no tab
     * has edits of its own, so that a refusal is still shown), then each tab's own edits, in tab order.
     */
    private void saveWithTabs(Consumer<Boolean> after) {
        List<DealTab> own = tabs.stream().filter(DealTab::hasOwnEdits).toList();
        if (own.isEmpty() || recordDiffers(session.stored())) {
            save(ok -> {
                if (ok) {
                    saveOwn(own, 0, after);
                } else {
                    after.accept(false);
                }
            });
        } else {
            saveOwn(own, 0, after);
        }
    }

    private static void saveOwn(List<DealTab> own, int next, Consumer<Boolean> after) {
        if (next == own.size()) {
            after.accept(true);
            return;
        }
        own.get(next).saveOwn(ok -> {
            if (ok) {
                saveOwn(own, next + 1, after);
            } else {
                after.accept(false);
            }
        });
    }

    /** Validates one field when the user leaves it (pure rules only: no database on the UI thread). */
    public void validateField(String field) {
        List<Problem> found = new ArrayList<>(localProblems());
        found.addAll(DealValidator.validate(current(), service.today()));
        session.markField(field, found);
    }

    /** Validates everything; saves in the background when there are no errors. {@code after} gets true when saved. */
    @Override
    public void save(Consumer<Boolean> after) {
        Deal candidate = current();
        List<Problem> local = localProblems();
        session.save(after, p -> {
            List<Problem> all = new ArrayList<>(local);
            all.addAll(service.validate(candidate));
            if (all.stream().anyMatch(Problem::isError)) {
                throw new ValidationException(all);
            }
            return new Saved(service.save(candidate), all);
        }, s -> {
            show(s.deal());
            session.problems().setAll(s.warnings().stream().map(Problem::message).toList());
            refreshAudit(s.deal().id());
            events.dealSaved(s.deal().id());
            dialogs.notify(I18n.t("editor.saved", s.deal().contractNo()));
        });
    }

    private record Saved(Deal deal, List<Problem> warnings) {
    }

    /**
     * Moves the deal to {@code to}, with its edits when the clerk agrees to save them (the signing date is typically
     * typed just before 签订); a refusal lists the service's reasons.
     */
    public void changeStatus(DealStatus to) {
        Deal original = session.stored();
        if (original == null || original.isNew() || !status.allows(to)
                || !status.mayMove(to, isDirty(), dialogs, session.problems())) {
            return;
        }
        List<Problem> local = localProblems();
        if (!local.isEmpty()) {
            session.showProblems(new ValidationException(local));
            return;
        }
        Deal candidate = current();
        session.run(p -> service.changeStatus(candidate, to), d -> {
            show(d);
            refreshAudit(d.id());
            events.dealSaved(d.id());
        });
    }

    private void refreshAudit(long id) {
        executor.execute(BackgroundTask.of(p -> service.history(id)).onSuccess(auditHistory::setAll));
    }

    private void updatePosition() {
        if (session.stored() == null) {
            return;
        }
        Deal d = current();
        if (d.contractAmount() == null || d.mode() == null) {
            d = DealBuilder.toBuilder(d).mode(d.mode() == null ? DealMode.TRANSFER : d.mode())
                    .contractAmount(d.contractAmount() == null ? BigDecimal.ZERO : d.contractAmount()).build();
        }
        AccountPosition p = service.position(d);
        position.set(p);
        positionText.set(I18n.t("dealEditor.position", Money.format(p.scheduled()), Money.format(p.received()),
                Money.format(p.outstanding()), Money.format(p.overdue())));
    }

    private void updateRequiredApproval() {
        if (session.stored() == null) {
            return;
        }
        Deal d = current();
        if (d.contractAmount() == null) {
            requiredApproval.set("");
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.requiredApproval(d)).onSuccess(tier -> {
            requiredApproval.set(I18n.t("dealEditor.approval.required", tier.label()));
            approvals.requireTier(tier);
        }));
    }

    /**
     * Shows the earliest legal last day for the start entered; {@code prefill}: a start the clerk typed also fills in
     * that last day while none is typed, or while the one there was filled in for the previous start.
     */
    private void updateEarliestEnd(boolean prefill) {
        var start = publicity.notice().startsOn().get();
        if (start == null) {
            publicity.notice().earliestEnd().set("");
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.earliestPublicityEnd(start)).onSuccess(end -> {
            if (start.equals(publicity.notice().startsOn().get())) {
                publicity.notice().earliestEnd().set(I18n.t("dealEditor.publicity.earliestEnd", end));
                var typedEnd = publicity.notice().endsOn();
                if (prefill && (typedEnd.get() == null || typedEnd.get().equals(prefilledEnd))) {
                    typedEnd.set(end);
                    prefilledEnd = end;
                }
            }
        }));
    }

    /** Closes the objection today. */
    public void closeObjection(org.transferdesk.deal.Objection o) {
        publicity.close(o, service.today());
    }

    public java.time.LocalDate today() {
        return service.today();
    }

    public DealTermsViewModel terms() {
        return terms;
    }

    public LinkedResultsViewModel results() {
        return results;
    }

    public PublicityViewModel publicity() {
        return publicity;
    }

    public ApprovalsViewModel approvals() {
        return approvals;
    }

    public InstalmentsViewModel instalments() {
        return instalments;
    }

    public ReceiptsViewModel receipts() {
        return receipts;
    }

    public CostsViewModel costs() {
        return costs;
    }

    public EquityViewModel equity() {
        return equity;
    }

    public ObservableList<AuditEntry> auditHistory() {
        return auditHistory;
    }

    /** Load, dirty check, save, close prompt and lifecycle shared with the other editors. */
    @Override
    public EditorSession<Deal> session() {
        return session;
    }

    /** The status tab: the deal's status and the moves it allows. */
    public StatusMoves<DealStatus> status() {
        return status;
    }

    /** The 流程 timeline of the deal as edited. */
    public DealFlowViewModel flow() {
        return flow;
    }

    public ReadOnlyStringProperty requiredApprovalProperty() {
        return requiredApproval.getReadOnlyProperty();
    }

    /** 应收 / 已到账 / 未收 / 逾期 as of today, for the rows as edited. */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }
}
