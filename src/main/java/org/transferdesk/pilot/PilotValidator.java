package org.transferdesk.pilot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Percent;
import org.transferdesk.common.PlausibleDates;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.ResultType;

/** The rules a pilot case's own fields must meet before it is saved (R-PILOT-TYPE, R-PILOT-MODEL). */
public final class PilotValidator {
    /** R-PILOT-TYPE: patents, software copyrights, IC layouts, plant and biomedical varieties, trade secrets. */
    public static final Set<ResultType> ELIGIBLE = EnumSet.of(ResultType.INVENTION_PATENT, ResultType.UTILITY_MODEL,
            ResultType.DESIGN, ResultType.SOFTWARE, ResultType.IC_LAYOUT, ResultType.PLANT_VARIETY,
            ResultType.BIOMEDICAL_VARIETY, ResultType.TRADE_SECRET);
    private static final int TEXT_MAX = 1000;
    private static final int PLAN_MAX = 2000;
    private static final int NAME_MAX = 100;

    private PilotValidator() {
    }

    public static boolean eligible(ResultType type) {
        return type != null && ELIGIBLE.contains(type);
    }

    public static List<Problem> validate(PilotCase c, PilotRules rules) {
        List<Problem> p = new ArrayList<>();
        if (!eligible(c.resultType())) {
            p.add(Problem.error("pilot.error.ineligibleType", "result",
                    c.resultType() == null ? "—" : c.resultType().label()));
        }
        if (c.model() == null) {
            p.add(Problem.error("validation.required", "model", "pilot.model"));
        } else if (c.model() == PilotModel.OWNERSHIP) {
            checkOwnership(c.teamShare(), p);
        } else {
            p.addAll(useTerm(c.useYears(), c.renewalYears(), rules));
        }
        if (c.useFee() != null && c.useFee().signum() < 0) {
            p.add(Problem.error("pilot.error.negativeFee", "useFee"));
        }
        checkOwners(c, p);
        Percent income = c.terms().incomeTeamShare();
        if (income != null && (income.fraction().signum() < 0 || income.fraction().compareTo(BigDecimal.ONE) > 0)) {
            p.add(Problem.error("pilot.error.incomeShare", "incomeTeamShare"));
        }
        // issue 19: every date the office types, as for deals and results
        PlausibleDates.check("negativeListOn", "pilotEditor.negativeListOn", c.negativeListOn()).ifPresent(p::add);
        PlausibleDates.check("convertBy", "pilot.convertBy", c.terms().convertBy()).ifPresent(p::add);
        for (StepRecord s : c.steps()) {
            PlausibleDates.check("steps", s.step().labelKey(), s.doneOn()).ifPresent(p::add);
            PlausibleDates.check("steps", s.step().labelKey(), s.endsOn()).ifPresent(p::add);
        }
        length(c.conversionPlan(), PLAN_MAX, "conversionPlan", "pilot.conversionPlan", p);
        length(c.negativeListBy(), NAME_MAX, "negativeListBy", "pilot.negativeListBy", p);
        length(c.publicityPlace(), 200, "publicityPlace", "pilot.publicityPlace", p);
        length(c.terms().decisionRights(), TEXT_MAX, "decisionRights", "pilot.decisionRights", p);
        length(c.terms().recoveryRule(), TEXT_MAX, "recoveryRule", "pilot.recoveryRule", p);
        return p;
    }

    private static void checkOwnership(Percent teamShare, List<Problem> p) {
        if (teamShare == null) {
            p.add(Problem.error("validation.required", "teamShare", "pilot.teamShare"));
        } else if (teamShare.fraction().signum() <= 0 || teamShare.fraction().compareTo(BigDecimal.ONE) >= 0) {
            p.add(Problem.error("pilot.error.teamShareRange", "teamShare"));
        }
    }

    /**
     * R-PILOT-MODEL: a long-term use right runs at least the minimum term; a shorter first term only when
     * the setting allows it and the agreed renewals reach the minimum.
     */
    public static List<Problem> useTerm(Integer years, Integer renewals, PilotRules rules) {
        if (years == null) {
            return List.of(Problem.error("validation.required", "useYears", "pilot.useYears"));
        }
        if (years <= 0 || (renewals != null && renewals < 0)) {
            return List.of(Problem.error("pilot.error.useYearsPositive", "useYears"));
        }
        if (years >= rules.minUseYears()) {
            return List.of();
        }
        int total = years + (renewals == null ? 0 : renewals);
        if (!rules.shortFirstTerm()) {
            return List.of(Problem.error("pilot.error.useTermShort", "useYears", years, rules.minUseYears()));
        }
        if (total < rules.minUseYears()) {
            return List.of(Problem.error("pilot.error.useTermRenewals", "renewalYears", years, total,
                    rules.minUseYears()));
        }
        return List.of();
    }

    private static void checkOwners(PilotCase c, List<Problem> p) {
        if (c.owners().isEmpty()) {
            p.add(Problem.error("pilot.error.noOwners", "owners"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<Long> seen = new HashSet<>();
        for (PilotOwner o : c.owners()) {
            if (!seen.add(o.personId())) {
                p.add(Problem.error("pilot.error.ownerTwice", "owners", o.name()));
            }
            if (o.share() == null || !o.share().isPositive()) {
                p.add(Problem.error("pilot.error.ownerShare", "owners", o.name()));
            } else {
                sum = sum.add(o.share().fraction());
            }
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            p.add(Problem.error("pilot.error.ownersSum", "owners", new Percent(sum).toString()));
        }
        if (c.representativeId() == null) {
            p.add(Problem.error("validation.required", "representative", "pilot.representative"));
        } else if (!seen.contains(c.representativeId())) {
            p.add(Problem.error("pilot.error.representativeNotOwner", "representative"));
        }
    }

    private static void length(String value, int max, String field, String labelKey, List<Problem> p) {
        if (value != null && value.length() > max) {
            p.add(Problem.error("validation.tooLong", field, labelKey, max));
        }
    }
}
