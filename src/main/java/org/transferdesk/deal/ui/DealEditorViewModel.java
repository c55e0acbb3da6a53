package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
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
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one deal: composes terms, linked results, publicity, approvals, instalments, receipts, costs
 * and equity view models; validates a field when it is left and everything on save (warnings are shown
 * but do not block); writes nothing unless valid; moves the status through the service's signing rules.
 */
public final class DealEditorViewModel {
    private final DealService service;
    private final CounterpartyService counterparties;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;

    private final DealTermsViewModel terms = new DealTermsViewModel();
    private final LinkedResultsViewModel results;
    private final PublicityViewModel publicity = new PublicityViewModel();
    private final ApprovalsViewModel approvals = new ApprovalsViewModel();
    private final InstalmentsViewModel instalments = new InstalmentsViewModel();
    private final ReceiptsViewModel receipts = new ReceiptsViewModel();
    private final CostsViewModel costs = new CostsViewModel();
    private final EquityViewModel equity = new EquityViewModel();
    private final ObservableList<AuditEntry> auditHistory = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<DealStatus> allowedNext = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DealStatus> status = new ReadOnlyObjectWrapper<>(DealStatus.DRAFT);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper requiredApproval = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AccountPosition> position = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private Deal original;

    public DealEditorViewModel(DealService service, CounterpartyService counterparties, SearchService search,
                               TaskExecutor executor, DialogService dialogs, DataEvents events) {
        this.service = service;
        this.counterparties = counterparties;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.results = new LinkedResultsViewModel(search, executor);
        ListChangeListener<Object> money = c -> updatePosition();
        instalments.rows().addListener(money);
        receipts.rows().addListener(money);
        terms.amount.addListener((o, a, b) -> updatePosition());
        terms.mode.addListener((o, a, b) -> updatePosition());
        terms.amount.addListener((o, a, b) -> updateRequiredApproval());
        terms.signedOn.addListener((o, a, b) -> updateRequiredApproval());
        publicity.startsOnProperty().addListener((o, a, start) -> updateEarliestEnd());
        results.results().addListener((ListChangeListener<Object>) c -> fieldErrors.remove("results"));
    }

    /** Loads an existing deal (id) or prepares a new one (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            List<Counterparty> cps = counterparties.findAll();
            List<Company> companies = counterparties.companies();
            Deal d = id == null ? Deal.draft(DealMode.TRANSFER)
                    : service.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"));
            List<AuditEntry> audit = id == null ? List.of() : service.history(id);
            return new Loaded(cps, companies, d, audit);
        }).onSuccess(loaded -> {
            terms.counterparties().setAll(loaded.counterparties());
            equity.companies().setAll(loaded.companies());
            show(loaded.deal());
            auditHistory.setAll(loaded.audit());
            whenReady.run();
        }).onFinished(() -> busy.set(false)));
    }

    private record Loaded(List<Counterparty> counterparties, List<Company> companies, Deal deal,
                          List<AuditEntry> audit) {
    }

    private java.util.function.Consumer<Deal> onShown = d -> { };

    /** Called with the deal each time it is loaded or saved (parts composed from outside follow it). */
    public void setOnShown(java.util.function.Consumer<Deal> listener) {
        this.onShown = listener;
    }

    private void show(Deal d) {
        original = d;
        terms.setFrom(d);
        results.results().setAll(d.results());
        publicity.setFrom(d.publicity());
        approvals.setAll(d.approvals());
        instalments.setAll(d.instalments());
        receipts.savedInstalments().setAll(d.instalments().stream().filter(i -> i.id() != null).toList());
        receipts.setAll(d.receipts());
        costs.setAll(d.costs());
        equity.setFrom(d.equity());
        status.set(d.status());
        allowedNext.setAll(d.isNew() ? List.of() : List.copyOf(new java.util.TreeSet<>(d.status().allowedNext())));
        fieldErrors.clear();
        saved.set(!d.isNew());
        windowTitle.set(d.isNew() ? I18n.t("dealEditor.newTitle") : I18n.t("dealEditor.title", d.contractNo(), d.title()));
        updatePosition();
        updateRequiredApproval();
        updateEarliestEnd();
        onShown.accept(d);
    }

    /** The deal as currently edited (amounts that are not amounts are left empty). */
    public Deal current() {
        Counterparty cp = terms.counterparty.get();
        DealMode mode = terms.mode.get();
        return DealBuilder.deal().mode(mode).id(original.id())
                .contractNo(DealTermsViewModel.blankToNull(terms.contractNo.get()))
                .licenseKind(mode == DealMode.LICENSE ? terms.licenseKind.get() : null)
                .title(DealTermsViewModel.blankToNull(terms.title.get())).results(List.copyOf(results.results()))
                .counterpartyId(cp == null ? null : cp.id()).counterpartyName(cp == null ? null : cp.name())
                .signedOn(terms.signedOn.get()).termFrom(terms.termFrom.get()).termTo(terms.termTo.get())
                .contractAmount(terms.amountValue()).pricing(terms.pricing.get()).relatedParty(terms.relatedParty.get())
                .registration(terms.registration()).valuation(terms.valuation()).status(original.status())
                .publicity(publicity.toPublicity()).approvals(List.copyOf(approvals.rows()))
                .instalments(List.copyOf(instalments.rows())).receipts(List.copyOf(receipts.rows()))
                .costs(List.copyOf(costs.rows()))
                .equity(mode == DealMode.EQUITY ? equity.toEquity() : original.equity()).version(original.version())
                .build();
    }

    public boolean isDirty() {
        if (original == null) {
            return false;
        }
        Deal now = current();
        Deal before = original;
        return !normalise(now).equals(normalise(before));
    }

    /** Ignores what the editor cannot show differently (names looked up, equity of other modes). */
    private static Deal normalise(Deal d) {
        return DealBuilder.toBuilder(d)
                .results(d.results().stream()
                        .map(r -> new org.transferdesk.deal.ResultRef(r.disclosureId(), null, null)).toList())
                .counterpartyName(null).contractAmount(d.contractAmount() == null ? null : Money.of(d.contractAmount()))
                .equity(d.equity() == null ? null
                        : new org.transferdesk.deal.Equity(d.equity().companyId(), null, d.equity().universityShare(),
                        d.equity().registrationChangeOn())).build();
    }

    private List<Problem> localProblems() {
        List<Problem> p = new ArrayList<>(terms.parseProblems());
        if (terms.mode.get() == DealMode.EQUITY) {
            p.addAll(equity.parseProblems());
        }
        return p;
    }

    /** Validates one field when the user leaves it (pure rules only: no database on the UI thread). */
    public void validateField(String field) {
        List<Problem> found = new ArrayList<>(localProblems());
        found.addAll(DealValidator.validate(current(), service.today()));
        fieldErrors.remove(field);
        found.stream().filter(p -> p.field().equals(field)).findFirst()
                .ifPresent(p -> fieldErrors.put(field, p.message()));
    }

    /** Validates everything; saves in the background when there are no errors. {@code after} gets true when saved. */
    public void save(Consumer<Boolean> after) {
        Deal candidate = current();
        List<Problem> local = localProblems();
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> {
            List<Problem> all = new ArrayList<>(local);
            all.addAll(service.validate(candidate));
            if (all.stream().anyMatch(Problem::isError)) {
                throw new ValidationException(all);
            }
            return new Saved(service.save(candidate), all);
        }).onSuccess(s -> {
            show(s.deal());
            problems.setAll(s.warnings().stream().map(Problem::message).toList());
            refreshAudit(s.deal().id());
            events.dealSaved(s.deal().id());
            dialogs.notify(I18n.t("editor.saved", s.deal().contractNo()));
            after.accept(true);
        }).onFailure(error -> {
            showProblems(error);
            after.accept(false);
        }).onFinished(() -> busy.set(false)));
    }

    private record Saved(Deal deal, List<Problem> warnings) {
    }

    /** Moves the deal (with its edits) to {@code to}; a refusal lists the service's reasons. */
    public void changeStatus(DealStatus to) {
        if (original == null || original.isNew() || !allowedNext.contains(to)) {
            return;
        }
        List<Problem> local = localProblems();
        if (!local.isEmpty()) {
            showProblems(new ValidationException(local));
            return;
        }
        Deal candidate = current();
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> service.changeStatus(candidate, to)).onSuccess(d -> {
            show(d);
            problems.clear();
            refreshAudit(d.id());
            events.dealSaved(d.id());
        }).onFailure(this::showProblems).onFinished(() -> busy.set(false)));
    }

    private void showProblems(Throwable error) {
        if (error instanceof ValidationException v) {
            problems.setAll(v.problems().stream().map(Problem::message).toList());
            fieldErrors.clear();
            v.problems().stream().filter(Problem::isError).forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
        } else {
            problems.setAll(ErrorHandler.plainMessage(error));
        }
    }

    private void refreshAudit(long id) {
        executor.execute(BackgroundTask.of(p -> service.history(id)).onSuccess(auditHistory::setAll));
    }

    private void updatePosition() {
        if (original == null) {
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
        if (original == null) {
            return;
        }
        Deal d = current();
        if (d.contractAmount() == null) {
            requiredApproval.set("");
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.requiredApproval(d)).onSuccess(tier ->
                requiredApproval.set(I18n.t("dealEditor.approval.required", tier.label()))));
    }

    private void updateEarliestEnd() {
        var start = publicity.startsOnProperty().get();
        if (start == null) {
            publicity.earliestEndProperty().set("");
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.earliestPublicityEnd(start)).onSuccess(end -> {
            if (start.equals(publicity.startsOnProperty().get())) {
                publicity.earliestEndProperty().set(I18n.t("dealEditor.publicity.earliestEnd", end));
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

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<DealStatus> allowedNext() {
        return allowedNext;
    }

    public ReadOnlyObjectProperty<DealStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the deal exists in the database (its status can then change). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
