package org.transferdesk.pilot.ui;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;

/** The editor's header: the result, department, case no., current step, deadline banner and co-owners. */
public final class PilotHeader {
    /** What the header needs from the database, read with the case. */
    public record Facts(PilotRules rules, PilotDeadline deadline, String coOwners, LocalDate today) {
    }

    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper department = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caseNo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deadlineState = new ReadOnlyStringWrapper("none");
    private final ReadOnlyStringWrapper coOwned = new ReadOnlyStringWrapper("");
    private long disclosureId;

    static Facts facts(PilotService service, PilotCase c) {
        LocalDate today = service.today();
        PilotRules rules = service.rulesOn(today);
        PilotDeadline d = c.isNew() ? null : service.deadline(c, today, rules).orElse(null);
        String owners = c.reached(PilotStep.REGISTERED) && c.teamShare() != null ? service.coOwnersText(c) : null;
        return new Facts(rules, d, owners, today);
    }

    void show(PilotCase c, Facts f) {
        disclosureId = c.disclosureId();
        result.set(c.resultNo() + "  " + c.resultTitle());
        department.set(c.department() == null ? "" : c.department());
        caseNo.set(c.caseNo() == null ? I18n.t("pilotEditor.unsavedNo") : c.caseNo());
        step.set(c.currentStep() == null ? I18n.t("pilotEditor.noStep") : c.currentStep().label());
        deadline.set(deadlineText(f.deadline()));
        deadlineState.set(f.deadline() == null ? "none" : f.deadline().recovery() ? "overdue"
                : f.deadline().level() != null ? "due" : "ok");
        LocalDate registered = c.dateOf(PilotStep.REGISTERED).orElse(null);
        coOwned.set(registered == null || f.coOwners() == null ? ""
                : c.coOwnedOn(f.today()) ? I18n.t("pilotEditor.coOwnedSince", registered, f.coOwners())
                : I18n.t("pilotEditor.coOwnershipEnded", registered, c.endedOn().map(String::valueOf).orElse("")));
    }

    /** R-PILOT-DEADLINE as a sentence: days left, or overdue and to be recovered. */
    static String deadlineText(PilotDeadline d) {
        if (d == null) {
            return "";
        }
        return d.recovery() ? I18n.t("pilotEditor.deadlineOverdue", d.convertBy(), -d.daysLeft())
                : I18n.t("pilotEditor.deadlineLeft", d.convertBy(), d.daysLeft());
    }

    public long disclosureId() {
        return disclosureId;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty departmentProperty() {
        return department.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caseNoProperty() {
        return caseNo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    /** none, ok, due (within a reminder level) or overdue: for the banner's style. */
    public ReadOnlyStringProperty deadlineStateProperty() {
        return deadlineState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coOwnedProperty() {
        return coOwned.getReadOnlyProperty();
    }
}
