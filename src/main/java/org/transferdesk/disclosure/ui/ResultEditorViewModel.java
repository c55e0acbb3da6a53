package org.transferdesk.disclosure.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.ResultDeals;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.PeopleService;
import org.transferdesk.ui.AssigneeChoice;
import org.transferdesk.ui.Assignees;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.StatusMoves;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one result: composes the form, inventors, IP and evaluation view models; validates a field
 * when it is left and everything on save; writes nothing unless all is valid.
 */
public final class ResultEditorViewModel implements EditorViewModel<Disclosure> {
    private final DisclosureService service;
    private final PeopleService people;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;
    private final Assignees assignees;

    private final ResultFormViewModel form = new ResultFormViewModel();
    private final InventorsViewModel inventors;
    private final EvaluationViewModel evaluation = new EvaluationViewModel();
    private final ObservableList<IpAsset> ipAssets = FXCollections.observableArrayList();
    private final ObservableList<StatusChange> statusHistory = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> auditHistory = FXCollections.observableArrayList();
    private final ObservableList<ResultDeals.Row> deals = FXCollections.observableArrayList();
    private final ResultDeals dealService;
    private final EditorSession<Disclosure> session;
    private final StatusMoves<ResultStatus> status = new StatusMoves<>(ResultStatus.DISCLOSED);
    private final NextStatus nextStatus = new NextStatus(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
            new SimpleStringProperty());
    private final AssigneeChoice manager = new AssigneeChoice();

    /** The status transition to record next: to which status, on which day, why. */
    public record NextStatus(ObjectProperty<ResultStatus> status, ObjectProperty<LocalDate> on, StringProperty reason) {
    }

    /** As below, without the 经办人 chooser (a result's assignee is kept as loaded). */
    public ResultEditorViewModel(DisclosureService service, PeopleService people, ResultDeals deals,
                                 TaskExecutor executor, DialogService dialogs, DataEvents events) {
        this(service, people, deals, Assignees.NONE, executor, dialogs, events);
    }

    /**
     * {@code deals} lists the result's deals (supplied by the deal feature, which sits above this one);
     * {@code assignees} whom it may be assigned to (经办人/技术经理人, issue 22).
     */
    public ResultEditorViewModel(DisclosureService service, PeopleService people, ResultDeals deals,
                                 Assignees assignees, TaskExecutor executor, DialogService dialogs,
                                 DataEvents events) {
        this.assignees = assignees;
        this.dealService = deals;
        this.service = service;
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.session = new EditorSession<Disclosure>(executor, dialogs, "").dirtyWhen(this::differsFrom)
                .savedWhen(d -> !d.isNew()).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
        this.inventors = new InventorsViewModel(people);
        inventors.setOnChange(() -> session.fieldErrors().remove("inventors"));
    }

    /** Loads an existing result (id) or prepares a new one (null) in the background. */
    public void load(Long id, Runnable whenReady) {
        session.load(p -> {
            var deps = people.activeDepartments();
            Assignees.Options options = assignees.options();
            Disclosure d = id == null ? newDraft(options) : service.find(id).orElseThrow(
                    () -> new org.transferdesk.common.UserFacingException("error.recordGone"));
            List<AuditEntry> audit = id == null ? List.of() : service.history(id);
            List<ResultDeals.Row> linked = id == null ? List.of()
                    : dealService.ofResult(id);
            return new Loaded(deps, d, audit, linked, options);
        }, loaded -> {
            form.departments().setAll(loaded.departments());
            manager.offer(loaded.assignees());
            show(loaded.disclosure());
            auditHistory.setAll(loaded.audit());
            deals.setAll(loaded.deals());
            whenReady.run();
        });
    }

    private record Loaded(List<org.transferdesk.people.Department> departments, Disclosure disclosure,
                          List<AuditEntry> audit, List<ResultDeals.Row> deals, Assignees.Options assignees) {
    }

    /** A technology manager's new result is theirs (issue 22). */
    private Disclosure newDraft(Assignees.Options options) {
        Disclosure blank = Disclosure.blank(service.today());
        Assignees.Assignee own = options.forNew();
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED)
                .resultNo(service.suggestResultNo(blank.disclosedOn())).disclosedOn(blank.disclosedOn())
                .managerLogin(own == null ? null : own.login()).managerName(own == null ? null : own.displayName())
                .build();
    }

    private void show(Disclosure d) {
        session.shown(d, d.isNew() ? I18n.t("editor.result.newTitle")
                : I18n.t("editor.result.title", d.resultNo(), d.title()));
        form.setFrom(d);
        manager.show(d.managerLogin(), d.managerName());
        inventors.setAll(d.inventors());
        evaluation.setFrom(d.evaluation());
        ipAssets.setAll(d.ipAssets());
        statusHistory.setAll(d.history());
        status.show(d.status(), d.isNew() ? List.of() : d.status().allowedNext());
        nextStatus.status().set(null);
        nextStatus.on().set(service.today());
        nextStatus.reason().set("");
        session.fieldErrors().clear();
    }

    /** The result as currently edited. */
    public Disclosure current() {
        Disclosure original = session.stored();
        var dep = form.department.get();
        return DisclosureBuilder.disclosure().status(original.status()).id(original.id()).resultNo(form.resultNo.get())
                .title(form.title.get()).disclosedOn(form.disclosedOn.get()).departmentId(dep == null ? null : dep.id())
                .departmentName(dep == null ? null : dep.name()).resultType(form.resultType.get())
                .funding(form.funding.get()).projectNumbers(form.projectNumbers.get())
                .technicalField(form.technicalField.get()).abstractText(form.abstractText.get())
                .confidential(form.confidential.get()).evaluation(evaluation.toEvaluation())
                .inventors(inventors.inventors()).ipAssets(List.copyOf(ipAssets)).history(original.history())
                .managerLogin(manager.login()).managerName(manager.name()).version(original.version()).build();
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    private boolean differsFrom(Disclosure original) {
        Map<String, Object> before = original.auditFields();
        Map<String, Object> now = current().auditFields();
        return !Objects.equals(normalise(before), normalise(now));
    }

    private static Map<String, String> normalise(Map<String, Object> fields) {
        Map<String, String> m = new java.util.HashMap<>();
        fields.forEach((k, v) -> m.put(k, v == null || v.toString().isBlank() ? "" : v.toString().strip()));
        return m;
    }

    /** Validates one field when the user leaves it (pure rules only: no database on the UI thread). */
    public void validateField(String field) {
        List<Problem> found = org.transferdesk.disclosure.DisclosureValidator.validate(current(), service.today());
        session.markField(field, found);
    }

    /** Validates everything; saves in the background when valid. {@code after} gets true when saved. */
    @Override
    public void save(Consumer<Boolean> after) {
        Disclosure candidate = current();
        session.save(after, p -> {
            List<Problem> errors = service.validate(candidate).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return service.save(candidate);
        }, d -> {
            show(d);
            refreshAudit(d.id());
            events.resultSaved(d.id());
            dialogs.notify(I18n.t("editor.saved", d.resultNo()));
        });
    }

    /** Records the chosen status transition on the saved record; unsaved edits are saved first if the clerk agrees. */
    public void changeStatus() {
        Disclosure original = session.stored();
        ResultStatus to = nextStatus.status().get();
        if (original.isNew() || to == null || !status.mayMove(to, isDirty(), dialogs, session.problems())) {
            return;
        }
        // the save shows the saved record, which empties the transition's form: keep what was chosen
        LocalDate on = nextStatus.on().get();
        String reason = nextStatus.reason().get();
        if (isDirty()) {
            save(saved -> {
                if (saved) {
                    move(to, on, reason);
                }
            });
        } else {
            move(to, on, reason);
        }
    }

    private void move(ResultStatus to, LocalDate on, String reason) {
        Disclosure before = session.stored();
        session.run(p -> service.changeStatus(before, to, on, reason), d -> {
            show(d);
            refreshAudit(d.id());
            events.resultSaved(d.id());
        });
    }

    private void refreshAudit(long id) {
        executor.execute(BackgroundTask.of(p -> service.history(id)).onSuccess(auditHistory::setAll));
    }

    public void addIp(IpAsset ip) {
        ipAssets.add(ip);
    }

    public void replaceIp(IpAsset old, IpAsset updated) {
        int i = ipAssets.indexOf(old);
        if (i >= 0) {
            ipAssets.set(i, updated);
        }
    }

    public void removeIp(IpAsset ip) {
        ipAssets.remove(ip);
    }

    public LocalDate today() {
        return service.today();
    }

    public ResultFormViewModel form() {
        return form;
    }

    /** 经办人/技术经理人. */
    public AssigneeChoice manager() {
        return manager;
    }

    public InventorsViewModel inventors() {
        return inventors;
    }

    public EvaluationViewModel evaluation() {
        return evaluation;
    }

    public ObservableList<IpAsset> ipAssets() {
        return ipAssets;
    }

    public ObservableList<StatusChange> statusHistory() {
        return statusHistory;
    }

    /** The deals that convert this result (from a result, see its deals). */
    public ObservableList<ResultDeals.Row> deals() {
        return deals;
    }

    public ObservableList<AuditEntry> auditHistory() {
        return auditHistory;
    }

    /** Load, dirty check, save, close prompt and lifecycle shared with the other editors. */
    @Override
    public EditorSession<Disclosure> session() {
        return session;
    }

    /** The status tab: the result's status and the moves it allows (the one to record is {@link #nextStatus()}). */
    public StatusMoves<ResultStatus> status() {
        return status;
    }

    public NextStatus nextStatus() {
        return nextStatus;
    }
}
