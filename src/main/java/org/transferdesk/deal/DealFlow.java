package org.transferdesk.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Problem;

/**
 * A deal's 流程 (issue 24): the steps of its path, each done, current, open to move to, blocked or later, with the
 * checks {@link DealService#changeStatus} runs on that move ({@link SigningRules#checklist}), so the clerk sees what a
 * move needs before clicking it.
 */
public record DealFlow(List<Step> steps) {
    /** The path's steps; REGISTRATION (登记备案, R-REG) is recorded in the terms, not a status to move to. */
    public enum StepKind implements Labeled {
        DRAFT(DealStatus.DRAFT), PUBLICITY(DealStatus.PUBLICITY), APPROVAL(DealStatus.APPROVAL),
        SIGNED(DealStatus.SIGNED), REGISTRATION(null), PERFORMING(DealStatus.PERFORMING),
        COMPLETED(DealStatus.COMPLETED), TERMINATED(DealStatus.TERMINATED);

        private final DealStatus status;

        StepKind(DealStatus status) {
            this.status = status;
        }

        @Override
        public String labelPrefix() {
            return "dealFlowStep";
        }
    }

    public enum State { DONE, CURRENT, OPEN, BLOCKED, LATER }

    /** One line of a step's checklist: ✓ what holds, or ✗ what stops the move. */
    public record Check(boolean ok, String text) {
    }

    /** {@code when}: its dates as recorded (empty when none); {@code moveTo}: the status its button moves to, or null. */
    public record Step(StepKind kind, State state, String when, List<Check> checks, DealStatus moveTo) {
        public Step {
            checks = List.copyOf(checks);
        }

        public boolean canMove() {
            return moveTo != null && state == State.OPEN;
        }
    }

    public DealFlow {
        steps = List.copyOf(steps);
    }

    /** {@code signing}: the signing checks of the deal as edited ({@link SigningRules#checklist}). */
    public static DealFlow of(Deal deal, List<SigningRules.Check> signing) {
        List<Step> steps = new ArrayList<>();
        for (StepKind kind : path(deal)) {
            steps.add(step(deal, kind, signing));
        }
        return new DealFlow(steps);
    }

    private static List<StepKind> path(Deal deal) {
        List<StepKind> path = new ArrayList<>(List.of(StepKind.DRAFT));
        if (deal.needsPricePublicity() || deal.status() == DealStatus.PUBLICITY) {
            path.add(StepKind.PUBLICITY);
        }
        path.addAll(List.of(StepKind.APPROVAL, StepKind.SIGNED));
        if (deal.mode() != DealMode.EQUITY) {
            path.add(StepKind.REGISTRATION);
        }
        path.addAll(List.of(StepKind.PERFORMING, StepKind.COMPLETED));
        if (deal.status() == DealStatus.TERMINATED) {
            path.add(StepKind.TERMINATED);
        }
        return path;
    }

    private static Step step(Deal deal, StepKind kind, List<SigningRules.Check> signing) {
        String when = when(deal, kind);
        if (kind == StepKind.REGISTRATION) {
            // not a move: nothing waits on it; once signed, the line says whether it is done (the annual report asks)
            if (deal.registration().isRegistered()) {
                return new Step(kind, State.DONE, when, List.of(new Check(true,
                        I18n.t("dealFlow.check.registered", deal.registration().number()))), null);
            }
            return new Step(kind, State.LATER, when, deal.status().isSigned()
                    ? List.of(new Check(false, I18n.t("dealFlow.check.notRegistered"))) : List.of(), null);
        }
        DealStatus current = deal.status();
        if (kind.status == current) {
            return new Step(kind, State.CURRENT, when, stageChecks(kind, signing), null);
        }
        if (current == DealStatus.TERMINATED) {
            return new Step(kind, kind == StepKind.DRAFT || !when.isEmpty() ? State.DONE : State.LATER, when,
                    List.of(), null);
        }
        if (kind.status.ordinal() < current.ordinal()) {
            return new Step(kind, State.DONE, when, List.of(), null);
        }
        if (deal.isNew() || !current.allowedNext().contains(kind.status)) {
            return new Step(kind, State.LATER, when, List.of(), null);
        }
        List<Check> checks = kind == StepKind.SIGNED ? lines(signing) : List.of();
        boolean ok = checks.stream().allMatch(Check::ok);
        return new Step(kind, ok ? State.OPEN : State.BLOCKED, when, checks, kind.status);
    }

    /** While publicised or in approval, that stage's own check says what it still needs before signing. */
    private static List<Check> stageChecks(StepKind kind, List<SigningRules.Check> signing) {
        SigningRules.Check.Kind group = kind == StepKind.PUBLICITY ? SigningRules.Check.Kind.PUBLICITY
                : kind == StepKind.APPROVAL ? SigningRules.Check.Kind.APPROVAL : null;
        return lines(signing.stream().filter(c -> c.kind() == group).toList());
    }

    private static List<Check> lines(List<SigningRules.Check> checks) {
        List<Check> lines = new ArrayList<>();
        for (SigningRules.Check c : checks) {
            if (c.ok()) {
                lines.add(new Check(true, c.passed()));
            } else {
                c.problems().stream().filter(Problem::isError).forEach(p -> lines.add(new Check(false, p.message())));
            }
        }
        return lines;
    }

    private static String when(Deal deal, StepKind kind) {
        return switch (kind) {
            case PUBLICITY -> deal.publicity() == null || deal.publicity().startsOn() == null ? ""
                    : I18n.t("dealFlow.when.publicity", deal.publicity().startsOn(),
                    deal.publicity().endsOn() == null ? "" : deal.publicity().endsOn());
            case APPROVAL -> deal.approvals().stream().max(Comparator.comparing(Approval::approvedOn))
                    .map(a -> I18n.t("dealFlow.when.approval", a.approvedOn(), a.tier().label())).orElse("");
            case SIGNED -> deal.signedOn() == null ? "" : deal.signedOn().toString();
            case REGISTRATION -> deal.registration().registeredOn() == null ? ""
                    : deal.registration().registeredOn().toString();
            default -> "";
        };
    }

    static LocalDate signingDay(Deal deal, LocalDate today) {
        return deal.signedOn() == null ? today : deal.signedOn();
    }
}
