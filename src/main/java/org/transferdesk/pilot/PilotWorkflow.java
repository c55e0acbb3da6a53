package org.transferdesk.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.transferdesk.common.Problem;

/**
 * R-PILOT-FLOW: what stops a step from being recorded. Steps follow the model's path one by one and are
 * dated no earlier than the one before and no later than today (a step records what happened); the
 * publicity runs its full minimum and every objection is closed before approval; the agreement carries
 * its terms; the ownership changes only with the CNIPA registration.
 */
public final class PilotWorkflow {
    private PilotWorkflow() {
    }

    public static List<Problem> check(PilotCase c, PilotStep step, LocalDate on, LocalDate endsOn, String actor,
                                      LocalDate today, PilotRules rules) {
        List<Problem> p = new ArrayList<>();
        List<PilotStep> allowed = c.nextSteps();
        if (!allowed.contains(step)) {
            p.add(allowed.isEmpty() ? Problem.error("pilot.step.closed", "step", c.currentStep().label())
                    : Problem.error("pilot.step.outOfOrder", "step", step.label(), allowed.get(0).label()));
            return p;
        }
        if (actor == null || actor.isBlank()) {
            p.add(Problem.error("validation.required", "actor", "pilot.step.actor"));
        } else if (actor.strip().length() > 100) {
            p.add(Problem.error("validation.tooLong", "actor", "pilot.step.actor", 100));
        }
        if (on == null) {
            p.add(Problem.error("validation.required", "date", "pilot.step.date"));
            return p;
        }
        if (on.isAfter(today)) {
            p.add(Problem.error("pilot.step.future", "date", step.label(), on));
        }
        LocalDate previous = latestDate(c);
        if (previous != null && on.isBefore(previous)) {
            p.add(Problem.error("pilot.step.beforePrevious", "date", on, c.currentStep().label(), previous));
        }
        switch (step) {
            case APPLICATION -> {
                if (c.conversionPlan() == null || c.conversionPlan().isBlank()) {
                    p.add(Problem.error("pilot.step.needsPlan", "conversionPlan"));
                }
            }
            case UNIVERSITY_REVIEW -> {
                if (c.negativeListBy() == null || c.negativeListBy().isBlank() || c.negativeListOn() == null) {
                    p.add(Problem.error("pilot.step.needsNegativeList", "negativeList"));
                } else if (c.negativeListOn().isAfter(on)) {
                    p.add(Problem.error("pilot.step.negativeListLater", "negativeList", c.negativeListOn(), on));
                }
            }
            case PUBLICITY -> {
                checkPublicity(on, endsOn, rules, p);
                if (c.publicityPlace() == null || c.publicityPlace().isBlank()) {
                    p.add(Problem.error("validation.required", "publicityPlace", "pilot.publicityPlace"));
                }
            }
            case APPROVAL -> checkApproval(c, on, p);
            case AGREEMENT -> checkAgreement(c, on, rules, p);
            default -> {
            }
        }
        return p;
    }

    /** R-PILOT-FLOW: the earliest last day of a publicity that starts on {@code start} (start day not counted). */
    public static LocalDate earliestPublicityEnd(LocalDate start, PilotRules rules) {
        return start.plusDays(rules.publicityDays());
    }

    private static void checkPublicity(LocalDate on, LocalDate endsOn, PilotRules rules, List<Problem> p) {
        if (endsOn == null) {
            p.add(Problem.error("validation.required", "endsOn", "pilot.publicity.endsOn"));
            return;
        }
        LocalDate earliest = earliestPublicityEnd(on, rules);
        if (endsOn.isBefore(earliest)) {
            p.add(Problem.error("pilot.step.publicityShort", "endsOn", rules.publicityDays(), earliest));
        }
    }

    private static void checkApproval(PilotCase c, LocalDate on, List<Problem> p) {
        LocalDate end = c.step(PilotStep.PUBLICITY).map(StepRecord::endsOn).orElse(null);
        if (end != null && !on.isAfter(end)) {
            p.add(Problem.error("pilot.step.publicityRunning", "date", end, end.plusDays(1)));
        }
        long open = c.objections().stream().filter(PilotObjection::isOpen).count();
        if (open > 0) {
            p.add(Problem.error("pilot.step.openObjections", "objections", open));
        }
        c.objections().stream().filter(o -> !o.isOpen() && o.closedOn().isAfter(on)).findFirst()
                .ifPresent(o -> p.add(Problem.error("pilot.step.objectionClosedLater", "objections", o.closedOn(), on)));
    }

    private static void checkAgreement(PilotCase c, LocalDate on, PilotRules rules, List<Problem> p) {
        PilotTerms t = c.terms();
        if (t.convertBy() == null) {
            p.add(Problem.error("validation.required", "convertBy", "pilot.convertBy"));
        } else if (!t.convertBy().isAfter(on)) {
            p.add(Problem.error("pilot.step.convertByPast", "convertBy", t.convertBy(), on));
        }
        if (t.maintenancePayer() == null) {
            p.add(Problem.error("validation.required", "maintenancePayer", "pilot.maintenancePayer"));
        }
        if (t.decisionRights() == null || t.decisionRights().isBlank()) {
            p.add(Problem.error("validation.required", "decisionRights", "pilot.decisionRights"));
        }
        if (t.recoveryRule() == null || t.recoveryRule().isBlank()) {
            p.add(Problem.error("validation.required", "recoveryRule", "pilot.recoveryRule"));
        }
        if (c.model() == PilotModel.LONG_TERM_USE) {
            p.addAll(PilotValidator.useTerm(c.useYears(), c.renewalYears(), rules));
        }
    }

    /** An objection to the grant publicity as entered: received during it, not after today, closed with its handling. */
    public static List<Problem> checkObjection(PilotCase c, PilotObjection o, LocalDate today) {
        List<Problem> p = new ArrayList<>();
        LocalDate start = c.dateOf(PilotStep.PUBLICITY).orElse(null);
        if (start == null) {
            p.add(Problem.error("pilot.objection.noPublicity", "objections"));
        }
        if (o.receivedOn() == null) {
            p.add(Problem.error("validation.required", "receivedOn", "pilot.objection.receivedOn"));
        } else if (start != null && o.receivedOn().isBefore(start)) {
            p.add(Problem.error("pilot.objection.beforePublicity", "receivedOn", start));
        }
        if ((o.receivedOn() != null && o.receivedOn().isAfter(today))
                || (o.closedOn() != null && o.closedOn().isAfter(today))) {
            p.add(Problem.error("pilot.objection.future", "receivedOn"));
        }
        if (o.content() == null || o.content().isBlank()) {
            p.add(Problem.error("validation.required", "content", "pilot.objection.content"));
        }
        if (o.closedOn() != null && (o.handling() == null || o.handling().isBlank())) {
            p.add(Problem.error("pilot.objection.handlingRequired", "handling"));
        }
        if (o.closedOn() != null && o.receivedOn() != null && o.closedOn().isBefore(o.receivedOn())) {
            p.add(Problem.error("pilot.objection.closedBeforeReceived", "closedOn"));
        }
        if (c.reached(PilotStep.APPROVAL)) {
            p.add(Problem.error("pilot.objection.afterApproval", "objections"));
        }
        return p;
    }

    private static LocalDate latestDate(PilotCase c) {
        return c.steps().stream().map(StepRecord::doneOn).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }
}
