package org.transferdesk.reward;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.CostCategory;

/**
 * R-POLICY: a university's reward policy — the rates it pays, never below the floors of its
 * jurisdiction (law 第四十四/四十五条, provincial laws). Rates are exact fractions.
 */
public record RewardPolicy(Preset jurisdiction, Percent transferLicenseRate, Percent equityRate, Percent selfRate,
                           int selfYears, Percent keyContributorMinimum, Set<CostCategory> deductible,
                           int publicityWorkingDays, LeaderEquity leaderEquity) {

    /** R-LEAD: what happens to a 正职领导's equity reward. */
    public enum LeaderEquity { WAIVE_AND_REDISTRIBUTE, CONVERT_TO_CASH }

    /** The presets of DOMAIN.md R-POLICY: each is also the floor of its jurisdiction. */
    public enum Preset {
        NATIONAL("50", "50", "5", 3, "50"),
        BEIJING("70", "70", "5", 5, "50"),
        SHANGHAI("70", "70", "5", 5, "50"),
        ZHEJIANG("70", "70", "10", 5, "70"),
        SHANDONG("70", "70", "0", 0, "50"),
        SHANXI("70", "70", "0", 0, "70");

        final Percent transferLicense;
        final Percent equity;
        final Percent self;
        final int selfYears;
        final Percent key;

        Preset(String transferLicense, String equity, String self, int selfYears, String key) {
            this.transferLicense = Percent.ofPercent(transferLicense);
            this.equity = Percent.ofPercent(equity);
            this.self = Percent.ofPercent(self);
            this.selfYears = selfYears;
            this.key = Percent.ofPercent(key);
        }

        public RewardPolicy policy() {
            // Self/cooperative implementation falls back to the national floor where a province sets none.
            Percent selfRate = self.isPositive() ? self : NATIONAL.self;
            int years = selfYears > 0 ? selfYears : NATIONAL.selfYears;
            return new RewardPolicy(this, transferLicense, equity, selfRate, years, key, DEFAULT_DEDUCTIBLE, 15,
                    LeaderEquity.WAIVE_AND_REDISTRIBUTE);
        }
    }

    /** R-NET default: taxes, maintenance, valuation, appraisal, negotiation and intermediary costs. */
    public static final Set<CostCategory> DEFAULT_DEDUCTIBLE = Set.copyOf(EnumSet.of(CostCategory.TAX,
            CostCategory.MAINTENANCE, CostCategory.VALUATION, CostCategory.APPRAISAL, CostCategory.NEGOTIATION,
            CostCategory.INTERMEDIARY));

    /** The problems that stop this policy from being saved: any rate below its jurisdiction's floor. */
    public List<Problem> belowFloor() {
        List<Problem> problems = new ArrayList<>();
        RewardPolicy floor = jurisdiction.policy();
        check(problems, transferLicenseRate, floor.transferLicenseRate, "reward.policy.transferLicense");
        check(problems, equityRate, floor.equityRate, "reward.policy.equity");
        check(problems, selfRate, floor.selfRate, "reward.policy.self");
        check(problems, keyContributorMinimum, floor.keyContributorMinimum, "reward.policy.key");
        if (selfYears < 3 || selfYears > 5) {
            problems.add(Problem.error("reward.policy.selfYears", "selfYears"));
        }
        if (publicityWorkingDays < 15) {
            problems.add(Problem.error("reward.policy.publicity", "publicityWorkingDays", 15));
        }
        return problems;
    }

    private static void check(List<Problem> problems, Percent value, Percent floor, String labelKey) {
        if (value.compareTo(floor) < 0 || value.fraction().compareTo(BigDecimal.ONE) > 0) {
            problems.add(Problem.error("reward.policy.belowFloor", labelKey, labelKey, floor.toString()));
        }
    }
}
