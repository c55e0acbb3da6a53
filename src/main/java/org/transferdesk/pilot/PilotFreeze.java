package org.transferdesk.pilot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.transferdesk.common.Problem;

/** What a saved case may no longer change, checked on every save of it. */
final class PilotFreeze {
    private PilotFreeze() {
    }

    /**
     * What was publicised is what is granted: the model, shares, team, plan and publicity place cannot
     * change once the publicity is recorded, the negative-list confirmation once the review relied on it,
     * nor the terms once the agreement is signed.
     */
    static List<Problem> check(PilotCase stored, PilotCase c) {
        List<Problem> p = new ArrayList<>();
        if (stored.reached(PilotStep.PUBLICITY) && (stored.model() != c.model()
                || !same(stored.teamShare(), c.teamShare()) || !same(stored.useYears(), c.useYears())
                || !same(stored.renewalYears(), c.renewalYears()) || !sameOwners(stored, c)
                || !same(stored.representativeId(), c.representativeId())
                || !kept(stored.conversionPlan(), c.conversionPlan())
                || !kept(stored.publicityPlace(), c.publicityPlace()))) {
            p.add(Problem.error("pilot.error.frozenAfterPublicity", "model"));
        }
        if (stored.reached(PilotStep.UNIVERSITY_REVIEW) && (!kept(stored.negativeListBy(), c.negativeListBy())
                || !kept(stored.negativeListOn(), c.negativeListOn()))) {
            p.add(Problem.error("pilot.error.frozenAfterReview", "negativeList"));
        }
        PilotTerms was = stored.terms();
        PilotTerms now = c.terms();
        if (stored.reached(PilotStep.AGREEMENT) && (!same(was.incomeTeamShare(), now.incomeTeamShare())
                || !kept(was.decisionRights(), now.decisionRights()) || !kept(was.maintenancePayer(), now.maintenancePayer())
                || !kept(was.convertBy(), now.convertBy()) || !kept(was.recoveryRule(), now.recoveryRule())
                || (stored.useFee() != null && !sameMoney(stored.useFee(), c.useFee())))) {
            p.add(Problem.error("pilot.error.frozenAfterAgreement", "terms"));
        }
        return p;
    }

    /**
     * A recorded value stays; an empty one may be filled in once — an imported case's ledger does not hold
     * the plan, the negative list or most agreement terms. The income split is never filled in afterwards:
     * empty means the ownership share, which is itself a term (R-PILOT-INCOME).
     */
    private static boolean kept(Object stored, Object edited) {
        return stored == null || same(stored, edited);
    }

    private static boolean sameOwners(PilotCase a, PilotCase b) {
        if (a.owners().size() != b.owners().size()) {
            return false;
        }
        for (int i = 0; i < a.owners().size(); i++) {
            PilotOwner x = a.owners().get(i);
            PilotOwner y = b.owners().get(i);
            if (x.personId() != y.personId() || !same(x.share(), y.share())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }

    private static boolean sameMoney(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
