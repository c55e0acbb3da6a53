package org.transferdesk.deal;

import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Problem;

/**
 * What must hold before a deal moves to 已签订: its results and pricing (R-PRICE), its publicity
 * (R-PUB-PRICE), the approval of the tier its amount requires and, for a related-party deal, the extra
 * approval step (R-APPROVAL), and a signing date.
 */
public final class SigningRules {
    private SigningRules() {
    }

    public static List<Problem> beforeSigning(Deal deal, int publicityDays, ApprovalTiers tiers) {
        List<Problem> problems = new ArrayList<>();
        if (deal.signedOn() == null) {
            problems.add(Problem.error("validation.required", "signedOn", "deal.signedOn"));
        }
        problems.addAll(PublicityRules.beforeSigning(deal, deal.signedOn(), publicityDays));
        problems.addAll(approvalProblems(deal, tiers));
        return problems;
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
