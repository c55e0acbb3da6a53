package org.transferdesk.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;

/**
 * What must hold before a deal moves to 已签订: its results and pricing (R-PRICE), its publicity
 * (R-PUB-PRICE), the approval of the tier its amount requires and, for a related-party deal, the extra
 * approval step (R-APPROVAL), and a signing date.
 */
public final class SigningRules {
    private SigningRules() {
    }

    /**
     * One group of the signing checks, as the 流程 timeline lists it before the click: what stops it, or, when nothing
     * does, {@code passed} saying what holds.
     */
    public record Check(Kind kind, List<Problem> problems, String passed) {
        /** RECORD: what else the save of the signed deal would refuse (e.g. a signing date after today). */
        public enum Kind { SIGNED_ON, PUBLICITY, APPROVAL, RECORD }

        public Check {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    public static List<Problem> beforeSigning(Deal deal, int publicityDays, ApprovalTiers tiers) {
        return checklist(deal, deal.signedOn(), publicityDays, tiers).stream()
                .flatMap(c -> c.problems().stream()).toList();
    }

    /**
     * The signing checks by group; {@code signingDay} is the day the publicity must have ended before (the deal's
     * signing date; the timeline passes today while none is typed, so a running publicity shows before it).
     */
    public static List<Check> checklist(Deal deal, LocalDate signingDay, int publicityDays, ApprovalTiers tiers) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(Check.Kind.SIGNED_ON, deal.signedOn() == null
                ? List.of(Problem.error("validation.required", "signedOn", "deal.signedOn")) : List.of(),
                I18n.t("dealFlow.check.signedOn", deal.signedOn())));
        if (deal.needsPricePublicity()) {
            Publicity p = deal.publicity();
            checks.add(new Check(Check.Kind.PUBLICITY, PublicityRules.beforeSigning(deal, signingDay, publicityDays),
                    p == null ? "" : I18n.t("dealFlow.check.publicityDone", p.startsOn(), p.endsOn(), publicityDays)));
        }
        if (deal.contractAmount() == null) {
            checks.add(new Check(Check.Kind.APPROVAL, List.of(Problem.error("deal.amount.invalid", "contractAmount")),
                    ""));
        } else {
            checks.add(new Check(Check.Kind.APPROVAL, approvalProblems(deal, tiers),
                    I18n.t("dealFlow.check.approved", tiers.required(deal.contractAmount()).label())));
        }
        return checks;
    }

    public static List<Problem> approvalProblems(Deal deal, ApprovalTiers tiers) {
        List<Problem> problems = new ArrayList<>();
        ApprovalTier required = tiers.required(deal.contractAmount());
        boolean approved = deal.approvals().stream().anyMatch(a -> a.tier().ordinal() >= required.ordinal());
        if (!approved) {
            problems.add(Problem.error("deal.approval.missing", "approvals", required.label()));
        }
        if (deal.relatedParty() && deal.approvals().stream().noneMatch(Approval::relatedPartyStep)) {
            problems.add(Problem.error("deal.approval.relatedParty", "approvals"));
        }
        return problems;
    }
}
