package org.transferdesk.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.CostCategory;

/**
 * R-POLICY: a university's reward policy — the rates it pays, never below the floors of its
 * jurisdiction (law 第四十四/四十五条, provincial laws). Rates are exact fractions.
 */
public record RewardPolicy(Preset jurisdiction, Percent transferLicenseRate, Percent equityRate, Percent selfRate,
                           int selfYears, Percent keyContributorMinimum, Set<CostCategory> deductible,
                           int publicityDays, PublicityCalendar publicityCalendar, LeaderEquity leaderEquity,
                           Percent transferStaffShare, BigDecimal inventionBonus, BigDecimal otherPatentBonus) {

    /** R-LEAD: what happens to a 正职领导's equity reward. */
    public enum LeaderEquity { WAIVE_AND_REDISTRIBUTE, CONVERT_TO_CASH }

    /** R-PUB-REWARD: whether the publicity minimum counts working days (default) or calendar days. */
    public enum PublicityCalendar { WORKING_DAYS, CALENDAR_DAYS }

    /** R-BONUS floors (专利法实施细则 第九十三条): invention 4,000元, utility model or design 1,500元. */
    public static final BigDecimal INVENTION_BONUS_FLOOR = new BigDecimal("4000.00");
    public static final BigDecimal OTHER_PATENT_BONUS_FLOOR = new BigDecimal("1500.00");

    public RewardPolicy {
        deductible = Set.copyOf(deductible);
        transferStaffShare = transferStaffShare == null ? Percent.ZERO : transferStaffShare;
        inventionBonus = inventionBonus == null ? INVENTION_BONUS_FLOOR : inventionBonus.setScale(2, RoundingMode.HALF_UP);
        otherPatentBonus = otherPatentBonus == null ? OTHER_PATENT_BONUS_FLOOR
                : otherPatentBonus.setScale(2, RoundingMode.HALF_UP);
    }

    /** The presets of DOMAIN.md R-POLICY: each is also the floor of its jurisdiction. */
    public enum Preset implements Labeled {
        NATIONAL("50", "50", "5", 3, "50", "0"),
        BEIJING("70", "70", "5", 5, "50", "0"),
        SHANGHAI("70", "70", "5", 5, "50", "0"),
        // 浙江: at least 5% of the pool goes to technology-transfer staff.
        ZHEJIANG("70", "70", "10", 5, "70", "5"),
        // 山东 allows up to 10% of net income to the TTO: a ceiling on the university's part, not a floor.
        SHANDONG("70", "70", "0", 0, "50", "0"),
        SHANXI("70", "70", "0", 0, "70", "0");

        final Percent transferLicense;
        final Percent equity;
        final Percent self;
        final int selfYears;
        final Percent key;
        final Percent transferStaff;

        Preset(String transferLicense, String equity, String self, int selfYears, String key, String transferStaff) {
            this.transferLicense = Percent.ofPercent(transferLicense);
            this.equity = Percent.ofPercent(equity);
            this.self = Percent.ofPercent(self);
            this.selfYears = selfYears;
            this.key = Percent.ofPercent(key);
            this.transferStaff = Percent.ofPercent(transferStaff);
        }

        @Override
        public String labelPrefix() {
            return "rewardPreset";
        }

        public RewardPolicy policy() {
            // Self/cooperative implementation falls back to the national floor where a province sets none.
            Percent selfRate = self.isPositive() ? self : NATIONAL.self;
            int years = selfYears > 0 ? selfYears : NATIONAL.selfYears;
            return new RewardPolicy(this, transferLicense, equity, selfRate, years, key, DEFAULT_DEDUCTIBLE, 15,
                    PublicityCalendar.WORKING_DAYS, LeaderEquity.WAIVE_AND_REDISTRIBUTE, transferStaff,
                    INVENTION_BONUS_FLOOR, OTHER_PATENT_BONUS_FLOOR);
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
        check(problems, transferStaffShare, floor.transferStaffShare, "reward.policy.transferStaff");
        if (publicityDays < 15) {
            problems.add(Problem.error("reward.policy.publicity", "publicityDays", 15));
        }
        if (inventionBonus.compareTo(INVENTION_BONUS_FLOOR) < 0 || otherPatentBonus.compareTo(OTHER_PATENT_BONUS_FLOOR) < 0) {
            problems.add(Problem.error("reward.policy.bonus", "bonus", INVENTION_BONUS_FLOOR, OTHER_PATENT_BONUS_FLOOR));
        }
        return problems;
    }

    private static void check(List<Problem> problems, Percent value, Percent floor, String labelKey) {
        if (value.compareTo(floor) < 0 || value.fraction().compareTo(BigDecimal.ONE) > 0) {
            problems.add(Problem.error("reward.policy.belowFloor", labelKey, labelKey, floor.toString()));
        }
    }
}
