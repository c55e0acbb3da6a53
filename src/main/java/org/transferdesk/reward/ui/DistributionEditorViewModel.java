package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionRules;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.DistributionWorkflow;
import org.transferdesk.reward.Explanation;
import org.transferdesk.reward.LineTax;
import org.transferdesk.reward.PayCap;
import org.transferdesk.reward.Proposal;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.TaskExecutor;

/**
 * One distribution: its figures, lines with their R-TAX58 status, the explanation and history. In 草拟 the
 * amounts may be overridden with a reason (re-validated on save); the life-cycle actions (公示, 审批, 发放,
 * 撤销) go through the service, which refuses what the rules forbid — the refusal is shown and nothing
 * changes. A new proposal is shown unsaved with its problems.
 */
public final class DistributionEditorViewModel implements EditorViewModel<Distribution> {
    /** A line as shown: its position, the line (possibly edited) and its tax status. */
    public record LineRow(int position, DistributionLine line, LineTax tax) {
    }

    private final DistributionService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DataEvents events;

    private final ReadOnlyObjectWrapper<Distribution> distribution = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper linesChanged = new ReadOnlyBooleanWrapper();
    private final EditorSession<Distribution> session;
    private final ObservableList<Explanation.Step> explanation = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyObjectWrapper<PayCap> payCap =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();

    private final ActionForm actions;

    private final TaxEstimateViewModel tax;
    private final TaxWithheldEntries taxWithheld;

    private final EditorPermissions permissions = new EditorPermissions();
    /** The day the distribution was loaded: a payment's date is checked against it as it is typed. */
    private LocalDate today;


    public DistributionEditorViewModel(DistributionService service, TaskExecutor executor, DialogService dialogs,
                                       DataEvents events) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        // one problem per line would repeat itself: each is listed once
        this.session = new EditorSession<Distribution>(executor, dialogs, I18n.t("rewardEditor.newTitle", ""))
                .distinctProblems().wordedBy(this::describe).dirtyWhen(d -> d.isNew() || linesChanged.get())
                .saveWith(this::save);
        session.reloadWith(() -> load(stored().id(), () -> { }));
        this.tax = new TaxEstimateViewModel(session.fieldErrors());
        this.taxWithheld = new TaxWithheldEntries(session.fieldErrors());
        this.actions = new ActionForm(executor, service::publicityEnd);
    }

    /** Loads a stored distribution in the background. */
    public void load(long id, Runnable whenReady) {
        run(() -> loadData(service.find(id).orElseThrow(() -> new UserFacingException("error.recordGone"))), loaded -> {
            show(loaded);
            whenReady.run();
        });
    }

    /** Shows a proposal not yet saved, with the rules it fails. */
    public void show(Proposal proposal) {
        run(() -> loadData(proposal.distribution()), loaded -> {
            show(loaded);
            session.list(proposal.problems());
        });
    }

    private record Loaded(Distribution distribution, List<LineTax> taxes, Explanation explanation,
                          List<AuditEntry> history, List<Problem> problems, LocalDate today, PayCap payCap) {
    }

    private Loaded loadData(Distribution d) {
        DistributionService.Inspection inspection = service.inspect(d);
        return new Loaded(d, inspection.taxes(), inspection.explanation(),
                d.isNew() ? List.of() : service.history(d.id()), inspection.problems(), service.today(),
                inspection.payCap());
    }

    private void show(Loaded loaded) {
        Distribution d = loaded.distribution();
        session.shown(d, d.isNew() ? I18n.t("rewardEditor.newTitle", d.kind().label())
                : I18n.t("rewardEditor.title", d.kind().label(), Objects.toString(d.contractNo(), d.title())));
        distribution.set(d);
        lines.setAll(IntStream.range(0, d.lines().size())
                .mapToObj(i -> new LineRow(i, d.lines().get(i), i < loaded.taxes().size() ? loaded.taxes().get(i)
                        : LineTax.NOT_APPLICABLE)).toList());
        overrideReason.set(d.overrideReason() == null ? "" : d.overrideReason());
        linesChanged.set(false);
        session.fieldErrors().clear();
        session.list(loaded.problems());
        explanation.setAll(loaded.explanation().steps());
        payCap.set(loaded.payCap());
        history.setAll(loaded.history());
        permissions.update(d);
        today = loaded.today();
        if (actions.publicity().fromProperty().get() == null) {
            LocalDate from = d.workflow().publicityFrom();
            actions.publicity().fromProperty().set(from == null ? today : from);
        }
        actions.approval().on().set(d.workflow().approvedOn() == null ? today : d.workflow().approvedOn());
        if (actions.payment().on().get() == null) {
            actions.payment().on().set(today);
        }
        tax.linesShown(lines);
        taxWithheld.linesShown(d.lines());
    }

    private String describe(Problem p) {
        return (p.isError() ? "" : I18n.t("rewardEditor.warning") + " ") + p.message();
    }

    /** The distribution with the lines as edited now. */
    public Distribution current() {
        return stored() == null ? null : stored().withLines(lines.stream().map(LineRow::line).toList(),
                linesChanged.get() ? blankToNull(overrideReason.get()) : stored().overrideReason());
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    /** Overrides a line's amount (in 草拟): its share becomes amount / pool; the rules are re-checked at once. */
    public boolean setAmount(int position, String text) {
        ObservableMap<String, String> fieldErrors = session.fieldErrors();
        fieldErrors.remove("lines");
        BigDecimal amount = text == null ? null : Money.parse(text).orElse(null);
        if (amount == null || !permissions.canEditProperty().get() || position < 0 || position >= lines.size()) {
            fieldErrors.put("lines", I18n.t("rewardEditor.amountInvalid", Objects.toString(text, "")));
            return false;
        }
        LineRow row = lines.get(position);
        if (amount.compareTo(row.line().amount()) == 0) {
            return true;
        }
        BigDecimal pool = stored().figures().pool();
        BigDecimal share = pool.signum() == 0 ? BigDecimal.ZERO : amount.divide(pool, 6, RoundingMode.HALF_UP);
        lines.set(position, new LineRow(position, row.line().withAmount(share, amount, I18n.t("rewardEditor.overridden")),
                row.tax()));
        linesChanged.set(!lines.stream().map(LineRow::line).toList().equals(stored().lines()));
        // an override's reason is asked for by the save, not at the first changed amount; once asked, it stays listed
        boolean reasonAsked = fieldErrors.containsKey("overrideReason");
        session.list(editProblems().stream().filter(p -> reasonAsked || !"overrideReason".equals(p.field())).toList());
        return true;
    }

    /** Puts the proposed amounts back. */
    public void resetLines() {
        if (stored() != null) {
            List<LineTax> taxes = lines.stream().map(LineRow::tax).toList();
            lines.setAll(IntStream.range(0, stored().lines().size())
                    .mapToObj(i -> new LineRow(i, stored().lines().get(i), taxes.get(i))).toList());
            linesChanged.set(false);
            session.fieldErrors().clear();
            session.list(DistributionRules.problems(stored()));
        }
    }

    /** The lines' rules as edited and, when an amount was changed, the override's reason (no database). */
    private List<Problem> editProblems() {
        return linesChanged.get() ? refusals(() -> DistributionWorkflow.override(stored(), current().lines(),
                overrideReason.get())) : DistributionRules.problems(current());
    }

    /**
     * Checks one field when the user leaves it, and at each edit while it is marked, by the same pure rules the save
     * or the step runs (no database on the UI thread): a fixed problem leaves the problems panel at once.
     */
    public void validateField(String field) {
        Distribution d = stored();
        if (d == null) {
            return;
        }
        ActionForm a = actions;
        List<Problem> found = switch (field) {
            case "lines", "overrideReason" -> editProblems();
            case "publicityFrom", "publicityTo" -> {
                LocalDate to = a.publicity().toProperty().get();
                LocalDate earliest = a.publicity().earliestEnd();
                yield refusals(() -> DistributionWorkflow.publicise(d, a.publicity().fromProperty().get(), to,
                        a.document().number().get(), a.document().name().get(), earliest == null ? to : earliest));
            }
            case "approvedOn", "approvedBy" ->
                    refusals(() -> DistributionWorkflow.approve(d, a.approval().on().get(), a.approval().by().get()));
            case "paidOn" -> today == null ? List.of() : refusals(() -> DistributionWorkflow.pay(d, Set.of(),
                    a.payment().on().get(), a.payment().payrollRef().get(), Map.of(), today));
            case "revokeReason" -> refusals(() -> DistributionWorkflow.revoke(d, null, a.revokeReason().get()));
            default -> List.of();
        };
        session.markField(field, found);
    }

    /** What a pure step of the workflow refuses (none when it would pass). */
    private static List<Problem> refusals(Runnable step) {
        try {
            step.run();
            return List.of();
        } catch (ValidationException refused) {
            return refused.problems();
        }
    }

    /**
     * Saves a new proposal as 草拟, or an edited draft as an override; refuses (listing the problems,
     * saving nothing) while any rule fails or an override has no reason.
     */
    @Override
    public void save(Consumer<Boolean> after) {
        if (stored() == null || !isDirty()) {
            after.accept(stored() != null);
            return;
        }
        Distribution base = stored();
        List<DistributionLine> edited = lines.stream().map(LineRow::line).toList();
        boolean changed = linesChanged.get();
        String reason = overrideReason.get();
        session.save(after, p -> {
            Distribution saved;
            if (base.isNew()) {
                Distribution candidate = changed ? DistributionWorkflow.override(base, edited, reason) : base;
                List<Problem> errors = service.problems(candidate).stream().filter(Problem::isError).toList();
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                saved = service.saveDraft(candidate);
            } else {
                saved = service.override(base.id(), edited, reason);
            }
            return loadData(saved);
        }, loaded -> {
            show(loaded);
            events.distributionSaved(loaded.distribution().id());
            dialogs.notify(I18n.t("rewardEditor.saved"));
        });
    }

    public void publicise() {
        long id = savedId();
        LocalDate from = actions.publicity().fromProperty().get();
        LocalDate to = actions.publicity().toProperty().get();
        String doc = actions.document().number().get();
        String docName = actions.document().name().get();
        act(() -> service.publicise(id, from, to, doc, docName));
    }

    public void approve() {
        long id = savedId();
        LocalDate on = actions.approval().on().get();
        String by = actions.approval().by().get();
        act(() -> service.approve(id, on, by));
    }

    /** Records payment of the lines at {@code positions} (none: every unpaid line with an amount). */
    public void pay(Set<Integer> positions) {
        long id = savedId();
        Set<Integer> chosen = positions == null || positions.isEmpty() ? lines.stream()
                .filter(r -> !r.line().isPaid() && !r.line().waived() && r.line().amount().signum() > 0)
                .map(LineRow::position).collect(Collectors.toSet()) : Set.copyOf(positions);
        LocalDate on = actions.payment().on().get();
        String ref = actions.payment().payrollRef().get();
        Map<Integer, BigDecimal> taxes = taxWithheld.forLines(chosen);
        act(() -> service.pay(id, chosen, on, ref, taxes));
    }

    /**
     * The 代扣个税 typed for an unpaid cash line, recorded with its payment; empty means not recorded.
     * Refused (false, with the message under the lines) when not an amount, negative or above the line's amount.
     */
    public boolean setTaxWithheld(int position, String text) {
        if (!permissions.canPayProperty().get() || position < 0 || position >= lines.size()) {
            return false;
        }
        return taxWithheld.set(position, lines.get(position).line(), text);
    }

    /** The tax withheld a line shows: recorded (paid lines) or typed for the coming payment. */
    public String taxWithheldText(LineRow row) {
        return taxWithheld.text(row.position(), row.line());
    }

    /** Whether the tax withheld of this line can be typed now (unpaid cash lines while payment can be recorded). */
    public boolean acceptsTaxWithheld(LineRow row) {
        return permissions.canPayProperty().get() && TaxWithheldEntries.accepts(row.line());
    }

    public void revoke() {
        long id = savedId();
        String reason = actions.revokeReason().get();
        act(() -> service.revoke(id, null, reason));
    }

    private long savedId() {
        if (stored() == null || stored().isNew()) {
            throw new UserFacingException("rewardEditor.saveFirst");
        }
        return stored().id();
    }

    private void act(java.util.function.Supplier<Distribution> action) {
        session.fieldErrors().clear();
        run(() -> loadData(action.get()), loaded -> {
            show(loaded);
            events.distributionSaved(loaded.distribution().id());
            dialogs.notify(I18n.t("rewardEditor.statusNow", loaded.distribution().status().label()));
        });
    }

    private void run(java.util.function.Supplier<Loaded> work, Consumer<Loaded> done) {
        session.run(p -> work.get(), done);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String explanationFileName() {
        return I18n.t("rewardEditor.explain.fileName",
                stored() == null ? "" : Objects.toString(stored().contractNo(), stored().kind().label()));
    }

    /**
     * What a printed explanation says under its title in place of a list's filter: which distribution it explains
     * and where that distribution stands ("奖励分配：现金奖励 · JS-2026-001 · 状态：草拟").
     */
    public String explanationHeading() {
        Distribution d = stored();
        return d == null ? null : I18n.t("printB24.explanationOf", d.kind().label(),
                Objects.toString(d.contractNo(), Objects.toString(d.title(), "")), d.status().label());
    }

    /** The distribution as loaded or last saved (the edits are in the line rows). */
    private Distribution stored() {
        return distribution.get();
    }

    public ReadOnlyObjectProperty<Distribution> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ReadOnlyBooleanProperty linesChangedProperty() {
        return linesChanged.getReadOnlyProperty();
    }

    /** Load, dirty check, save, close prompt and lifecycle shared with the other editors. */
    @Override
    public EditorSession<Distribution> session() {
        return session;
    }

    /** R-45-TECH: outside or inside the performance-pay cap, for a technical-contract reward; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<PayCap> payCapProperty() {
        return payCap.getReadOnlyProperty();
    }

    public ObservableList<Explanation.Step> explanation() {
        return explanation;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public ActionForm actions() {
        return actions;
    }

    public TaxEstimateViewModel tax() {
        return tax;
    }

    public EditorPermissions permissions() {
        return permissions;
    }
}
