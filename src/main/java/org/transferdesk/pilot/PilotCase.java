package org.transferdesk.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jilt.Builder;
import org.jilt.BuilderStyle;
import org.jilt.Opt;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.ResultType;

/**
 * A pilot case (赋权案件): one result, its model, the team and its internal split, the agreement, the
 * recorded steps of R-PILOT-FLOW and the publicity's objections. The result's number, title, type and
 * department are read with the case and are not saved with it. {@code managerLogin}: the account the case is assigned
 * to (经办人/技术经理人, issue 22), null for none; {@code managerName} its display name, read and not saved.
 */
@Builder(style = BuilderStyle.STAGED, toBuilder = "toBuilder")
public record PilotCase(@Opt Long id, @Opt String caseNo, long disclosureId, @Opt String resultNo,
                        @Opt String resultTitle, @Opt ResultType resultType, @Opt String department,
                        PilotModel model, @Opt Percent teamShare, @Opt Integer useYears, @Opt Integer renewalYears,
                        @Opt BigDecimal useFee, @Opt Long representativeId, @Opt List<PilotOwner> owners,
                        @Opt String conversionPlan, @Opt String negativeListBy, @Opt LocalDate negativeListOn,
                        @Opt String publicityPlace, @Opt PilotTerms terms, @Opt List<StepRecord> steps,
                        @Opt List<PilotObjection> objections, @Opt String ownersBefore, @Opt String managerLogin,
                        @Opt String managerName, @Opt int version) {

    public PilotCase {
        // a builder's caller may leave out a list it has nothing for
        owners = owners == null ? List.of() : List.copyOf(owners);
        steps = steps == null ? List.of() : List.copyOf(steps);
        objections = objections == null ? List.of() : List.copyOf(objections);
        terms = terms == null ? PilotTerms.NONE : terms;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The latest recorded step; empty before the application. */
    public Optional<StepRecord> last() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    public PilotStep currentStep() {
        return last().map(StepRecord::step).orElse(null);
    }

    public Optional<StepRecord> step(PilotStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    public Optional<LocalDate> dateOf(PilotStep step) {
        return step(step).map(StepRecord::doneOn);
    }

    public boolean reached(PilotStep step) {
        return step(step).isPresent();
    }

    /** The steps that may be recorded next. */
    public List<PilotStep> nextSteps() {
        return model == null ? List.of() : PilotStep.next(model, currentStep());
    }

    /** The unit's share of the ownership (100% − the team's). */
    public Percent unitShare() {
        return teamShare == null ? null : new Percent(BigDecimal.ONE.subtract(teamShare.fraction()));
    }

    /** R-PILOT-INCOME: the team's part of income — the agreement's split, else its ownership share. */
    public Percent incomeShare() {
        return terms.incomeTeamShare() != null ? terms.incomeTeamShare() : teamShare;
    }

    /** The day the co-ownership ended (recovery or expiry), if it has. */
    public Optional<LocalDate> endedOn() {
        return dateOf(PilotStep.RECOVERED).or(() -> dateOf(PilotStep.EXPIRED));
    }

    /**
     * Whether the team co-owns the result on {@code date}: an ownership grant registered on or before it
     * (专利法 第十条: the change takes effect on registration) and not recovered or expired by then.
     */
    public boolean coOwnedOn(LocalDate date) {
        if (model != PilotModel.OWNERSHIP || teamShare == null) {
            return false;
        }
        Optional<LocalDate> registered = dateOf(PilotStep.REGISTERED);
        if (registered.isEmpty() || registered.get().isAfter(date)) {
            return false;
        }
        return endedOn().map(end -> end.isAfter(date)).orElse(true);
    }

    /** The audit form: every field that can change, lists as one line each. */
    public Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNo", caseNo);
        m.put("result", resultNo);
        m.put("model", model);
        m.put("teamShare", teamShare);
        m.put("useYears", useYears);
        m.put("renewalYears", renewalYears);
        m.put("useFee", useFee);
        // the history names the representative as the owners' table does, not by the person's row id
        m.put("representative", owners.stream().filter(o -> Long.valueOf(o.personId()).equals(representativeId))
                .map(o -> o.name() + " (" + o.staffNo() + ")").findFirst()
                .orElse(representativeId == null ? null : representativeId.toString()));
        m.put("owners", owners.stream().map(o -> o.staffNo() + " " + o.share()).collect(Collectors.joining("; ")));
        m.put("conversionPlan", conversionPlan);
        m.put("negativeList", negativeListBy == null ? null : negativeListBy + " " + negativeListOn);
        m.put("publicityPlace", publicityPlace);
        m.put("manager", managerLogin);
        m.put("incomeTeamShare", terms.incomeTeamShare());
        m.put("decisionRights", terms.decisionRights());
        m.put("maintenancePayer", terms.maintenancePayer());
        m.put("convertBy", terms.convertBy());
        m.put("recoveryRule", terms.recoveryRule());
        m.put("steps", steps.stream().map(s -> s.step() + " " + s.doneOn() + (s.endsOn() == null ? "" : "~" + s.endsOn())
                + " " + s.actor()).collect(Collectors.joining("; ")));
        m.put("objections", objections.stream().map(o -> o.receivedOn() + " " + (o.isOpen() ? "open" : "closed " + o.closedOn()))
                .collect(Collectors.joining("; ")));
        return m;
    }
}
