package org.transferdesk.pilot.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotValidator;
import org.transferdesk.ui.AssigneeChoice;
import org.transferdesk.ui.Assignees;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits one pilot case: its plan (model, shares or term, team, plan, negative list, publicity place) and
 * agreement terms; frozen once publicised / agreed. The timeline, objections and documents are in
 * {@link PilotFlowViewModel}, {@link PilotObjectionsViewModel} and {@link PilotDocumentsViewModel}, which
 * work on the saved case and hand back the changed one.
 */
public final class PilotEditorViewModel implements EditorViewModel<PilotCase> {
    private static final List<String> FIELD_ORDER = List.of("result", "model", "teamShare", "useYears",
            "renewalYears", "useFee", "owners", "representative", "conversionPlan", "negativeList", "negativeListBy",
            "negativeListOn", "publicityPlace", "incomeTeamShare", "decisionRights", "maintenancePayer", "convertBy", "recoveryRule");

    private final PilotService service;
    private final DialogService dialogs;
    private final DataEvents events;
    private final PilotTeamViewModel team;
    private final PilotHeader header = new PilotHeader();
    private final FlowTab flowTab;

    private final PilotPlanForm plan = new PilotPlanForm();
    private final ReadOnlyStringWrapper unitShare = new ReadOnlyStringWrapper("");
    private final PilotTermsForm terms = new PilotTermsForm();
    private final Assignees assignees;
    private final AssigneeChoice manager = new AssigneeChoice();

    private final ReadOnlyBooleanWrapper planFrozen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper termsFrozen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reviewFrozen = new ReadOnlyBooleanWrapper();
    private final Frozen frozen = new Frozen(planFrozen.getReadOnlyProperty(), reviewFrozen.getReadOnlyProperty(),
            termsFrozen.getReadOnlyProperty());
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final EditorSession<PilotCase> session;
    /** The rules the case's fields are checked by as they are edited (as loaded with the case). */
    private PilotRules fieldRules;

    /** As below, without the 经办人 chooser (a case's assignee is kept as loaded). */
    public PilotEditorViewModel(PilotService service, PilotTeamViewModel team, TaskExecutor executor,
                                DialogService dialogs, DataEvents events) {
        this(service, team, Assignees.NONE, executor, dialogs, events);
    }

    /** {@code assignees}: whom a case may be assigned to (经办人/技术经理人, issue 22). */
    public PilotEditorViewModel(PilotService service, PilotTeamViewModel team, Assignees assignees,
                                TaskExecutor executor, DialogService dialogs, DataEvents events) {
        this.assignees = assignees;
        this.service = service;
        this.team = team;
        this.dialogs = dialogs;
        this.events = events;
        this.session = new EditorSession<PilotCase>(executor, dialogs, I18n.t("pilotEditor.newTitle"))
                .fieldOrder(FIELD_ORDER).dirtyWhen(this::differsFrom).savedWhen(c -> !c.isNew()).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().id(), () -> { }));
        PilotFlowViewModel.Host host = new PilotFlowViewModel.Host(session::stored, this::isDirty, this::changed);
        this.flowTab = new FlowTab(new PilotFlowViewModel(service, executor, host),
                new PilotObjectionsViewModel(service, executor, host),
                new PilotDocumentsViewModel(service, executor, dialogs));
        plan.teamShare().addListener((o, a, b) -> unitShare.set(Percent.parsePercent(b)
                .map(p -> I18n.t("pilotEditor.unitShare", new Percent(BigDecimal.ONE.subtract(p.fraction())))).orElse("")));
        // the team is edited in a table, not a field that can be left: its mark is re-checked at each change of it
        team.rows().addListener((javafx.collections.ListChangeListener<OwnerRow>) c -> {
            if (session.fieldErrors().containsKey("owners")) {
                validateField("owners");
            }
        });
    }

    /**
     * Checks one field when the user leaves it, and at each edit while it is marked (pure rules only: no database on
     * the UI thread), so a fixed problem leaves the problems panel at once. What the recorded steps froze is checked
     * at save only: its fields are disabled.
     */
    public void validateField(String field) {
        if (session.stored() == null || fieldRules == null) {
            return;
        }
        List<Problem> found = new ArrayList<>(parseProblems());
        found.addAll(PilotValidator.validate(current(), fieldRules));
        session.markField(field, found);
    }

    /** Loads a saved case (id) in the background. */
    public void load(long id, Runnable whenReady) {
        start(() -> service.find(id).orElseThrow(() -> new UserFacingException("error.recordGone")), whenReady);
    }

    /** Prepares a new case for the result (refused with the service's message for an ineligible result). */
    public void startFor(long disclosureId, Runnable whenReady, Consumer<Throwable> refused) {
        session.load(p -> loadData(service.draftFor(disclosureId)), loaded -> {
            show(loaded);
            whenReady.run();
        }, refused);
    }

    private interface CaseSource {
        PilotCase get();
    }

    private void start(CaseSource source, Runnable whenReady) {
        session.load(p -> loadData(source.get()), loaded -> {
            show(loaded);
            whenReady.run();
        });
    }

    /**
     * What a case's recorded steps freeze: {@code plan} (model, shares, term and team) once the publicity is
     * recorded, {@code review} (the negative-list confirmation the university review relied on) once that review
     * is, and {@code terms} (the agreement's) once it is signed.
     */
    public record Frozen(ReadOnlyBooleanProperty plan, ReadOnlyBooleanProperty review, ReadOnlyBooleanProperty terms) {
    }

    /**
     * The 流程 tab's three parts, which work on the saved case: the timeline and next step, the publicity's
     * objections and the documents.
     */
    public record FlowTab(PilotFlowViewModel flow, PilotObjectionsViewModel objections,
                          PilotDocumentsViewModel documents) {
        void show(PilotCase c, PilotRules rules) {
            flow.show(c, rules);
            objections.show(c);
            documents.show(c);
        }
    }

    /** What the editor shows besides the case: history, documents, the deadline and the co-owners. */
    record Loaded(PilotCase c, List<AuditEntry> history, PilotHeader.Facts facts, Assignees.Options assignees) {
    }

    private Loaded loadData(PilotCase loaded) {
        Assignees.Options options = assignees.options();
        Assignees.Assignee own = options.forNew();
        // a technology manager's new case is theirs (issue 22)
        PilotCase c = loaded.isNew() && own != null ? PilotCaseBuilder.toBuilder(loaded).managerLogin(own.login())
                .managerName(own.displayName()).build() : loaded;
        List<AuditEntry> audit = c.isNew() ? List.of() : service.history(c.id());
        return new Loaded(c, audit, PilotHeader.facts(service, c), options);
    }

    private void show(Loaded loaded) {
        PilotCase c = loaded.c();
        session.shown(c, c.isNew() ? I18n.t("pilotEditor.newTitle") : I18n.t("pilotEditor.title", c.caseNo()));
        plan.show(c);
        team.show(c.owners(), c.representativeId());
        manager.offer(loaded.assignees());
        manager.show(c.managerLogin(), c.managerName());
        terms.show(c.terms());
        planFrozen.set(c.reached(PilotStep.PUBLICITY));
        termsFrozen.set(c.reached(PilotStep.AGREEMENT));
        reviewFrozen.set(c.reached(PilotStep.UNIVERSITY_REVIEW));
        history.setAll(loaded.history());
        header.show(c, loaded.facts());
        // before the agreement (after it the terms are frozen) the save checks by the rules in force today, as here
        fieldRules = loaded.facts().rules();
        flowTab.show(c, loaded.facts().rules());
        session.fieldErrors().clear();
        session.problems().clear();
    }

    /** The case as edited; numbers that cannot be read are reported by {@link #parseProblems()}. */
    public PilotCase current() {
        return plan.writeTo(PilotCaseBuilder.toBuilder(session.stored())).representativeId(team.representativeId())
                .owners(team.owners()).terms(terms.terms()).managerLogin(manager.login())
                .managerName(manager.name()).build();
    }

    /** Typed numbers that are not numbers (the case would otherwise quietly lose them). */
    List<Problem> parseProblems() {
        List<Problem> p = new ArrayList<>(plan.parseProblems());
        p.addAll(terms.parseProblems());
        team.rows().stream().filter(r -> !r.shareIsNumber()).findFirst()
                .ifPresent(r -> p.add(Problem.error("pilotEditor.notANumber", "owners", r.shareProperty().get())));
        return p;
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    private boolean differsFrom(PilotCase original) {
        if (original.isNew()) {
            return true;
        }
        Map<String, Object> was = original.auditFields();
        Map<String, Object> now = current().auditFields();
        return !Objects.equals(String.valueOf(was), String.valueOf(now)) || !parseProblems().isEmpty();
    }

    /** Validates and saves in the background; {@code after} gets true when saved. Nothing is saved on error. */
    @Override
    public void save(Consumer<Boolean> after) {
        if (session.stored() == null) {
            after.accept(false);
            return;
        }
        List<Problem> unreadable = parseProblems();
        if (!unreadable.isEmpty()) {
            session.refuse(unreadable, after);
            return;
        }
        PilotCase candidate = current();
        // a refusal that names no field (a stale record) leaves no mark from an earlier attempt either
        session.fieldErrors().clear();
        session.save(after, p -> loadData(service.save(candidate)), loaded -> {
            show(loaded);
            events.pilotSaved(loaded.c().id());
            dialogs.notify(I18n.t("editor.saved", loaded.c().caseNo()));
        });
    }

    /** A step, objection or document changed the stored case: show it as stored and tell the lists. */
    private void changed(PilotCase c) {
        session.load(p -> loadData(c), loaded -> {
            show(loaded);
            events.pilotSaved(c.id());
        });
    }

    public PilotCase stored() {
        return session.stored();
    }

    /** Load, dirty check, save, close prompt and lifecycle shared with the other editors. */
    @Override
    public EditorSession<PilotCase> session() {
        return session;
    }

    /** The agreement tab's fields. */
    public PilotTermsForm terms() {
        return terms;
    }

    public PilotTeamViewModel team() {
        return team;
    }

    public PilotHeader header() {
        return header;
    }

    public FlowTab flowTab() {
        return flowTab;
    }

    /** The plan tab's fields. */
    public PilotPlanForm plan() {
        return plan;
    }

    /** "单位 30%" as the team share is typed. */
    public ReadOnlyStringProperty unitShareProperty() {
        return unitShare.getReadOnlyProperty();
    }

    /** What the recorded steps have frozen. */
    public Frozen frozen() {
        return frozen;
    }

    /** 经办人/技术经理人. */
    public AssigneeChoice manager() {
        return manager;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }
}
