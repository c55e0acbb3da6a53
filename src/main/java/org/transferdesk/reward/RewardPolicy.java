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
 * jurisdiction (law 第四十四/四十五条, provincial laws). Rates are exact fractions. {@code techContracts}
 * (R-45-TECH) and {@code unitShares} (R-UNIT-SPLIT) came later: null takes their defaults.
 */
public record RewardPolicy(Preset jurisdiction, Percent transferLicenseRate, Percent equityRate, Percent selfRate,
                           int selfYears, Percent keyContributorMinimum, Set<CostCategory> deductible,
                           int publicityDays, PublicityCalendar publicityCalendar, LeaderEquity leaderEquity,
                           Percent transferStaffShare, BigDecimal inventionBonus, BigDecimal otherPatentBonus,
                           TechContracts techContracts, UnitShares unitShares) {

    /**
     * R-45-TECH: rewards on 技术开发/咨询/服务 contracts — the university's rate of the contract's net income (no
     * statutory floor) and whether R-KEY applies to them.
     */
    public record TechContracts(Percent rate, boolean keyRule) {
        public TechContracts {
            java.util.Objects.requireNonNull(rate, "rate");
        }

        /**
         * The default follows the transfer/licence rate: the documents (国发〔2016〕16号, 厅字〔2016〕35号) let these
         * rewards follow the conversion law, so the conversion rate the office already set is the rate it
         * would apply unless it says otherwise — never a silent 0%. R-KEY applies, as for conversions.
         */
        public static TechContracts following(Percent transferLicenseRate) {
            return new TechContracts(transferLicenseRate, true);
        }
    }

    /**
     * R-UNIT-SPLIT: shares of net income (transfer and licence receipts) for 学校, the result's 学院 and the
     * technology-transfer office (技术转移机构); what neither the team nor these get stays with 学校.
     */
    public record UnitShares(Percent university, Percent school, Percent transferOffice) {
        /** No split: the whole university part stays with 学校, as before the setting existed. */
        public static final UnitShares NONE = new UnitShares(Percent.ZERO, Percent.ZERO, Percent.ZERO);

        public UnitShares {
            university = university == null ? Percent.ZERO : university;
            school = school == null ? Percent.ZERO : school;
            transferOffice = transferOffice == null ? Percent.ZERO : transferOffice;
        }

        public Percent total() {
            return university.plus(school).plus(transferOffice);
        }

        /** Whether the policy splits the university part at all (else a distribution keeps no unit lines). */
        public boolean splits() {
            return university.isPositive() || school.isPositive() || transferOffice.isPositive();
        }
    }

    /** The policy as it read before R-45-TECH and R-UNIT-SPLIT were settings: their defaults. */
    public RewardPolicy(Preset jurisdiction, Percent transferLicenseRate, Percent equityRate, Percent selfRate,
                        int selfYears, Percent keyContributorMinimum, Set<CostCategory> deductible, int publicityDays,
                        PublicityCalendar publicityCalendar, LeaderEquity leaderEquity, Percent transferStaffShare,
                        BigDecimal inventionBonus, BigDecimal otherPatentBonus) {
        this(jurisdiction, transferLicenseRate, equityRate, selfRate, selfYears, keyContributorMinimum, deductible,
                publicityDays, publicityCalendar, leaderEquity, transferStaffShare, inventionBonus, otherPatentBonus,
                null, null);
    }

    /** R-LEAD: what happens to a 正职领导's equity reward. */
    public enum LeaderEquity { WAIVE_AND_REDISTRIBUTE, CONVERT_TO_CASH }

    /** R-PUB-REWARD: whether the publicity minimum counts working days (default) or calendar days. */
    public enum PublicityCalendar { WORKING_DAYS, CALENDAR_DAYS }

    /**
     * R-BONUS: the amounts a policy holds unless it says otherwise — the floors of 第九十三条 (in force from
     * 2024-01-20). A default policy dated earlier takes that day's floors ({@link Preset#policyOn}).
     */
    public static final BigDecimal INVENTION_BONUS_FLOOR = PatentBonusFloor.REVISED_2023.invention();
    public static final BigDecimal OTHER_PATENT_BONUS_FLOOR = PatentBonusFloor.REVISED_2023.otherPatent();

    public RewardPolicy {
        deductible = Set.copyOf(deductible);
        transferStaffShare = transferStaffShare == null ? Percent.ZERO : transferStaffShare;
        inventionBonus = inventionBonus == null ? INVENTION_BONUS_FLOOR : inventionBonus.setScale(2, RoundingMode.HALF_UP);
        otherPatentBonus = otherPatentBonus == null ? OTHER_PATENT_BONUS_FLOOR
                : otherPatentBonus.setScale(2, RoundingMode.HALF_UP);
        techContracts = techContracts == null ? TechContracts.following(transferLicenseRate) : techContracts;
        unitShares = unitShares == null ? UnitShares.NONE : unitShares;
    }

    public RewardPolicy withTechContracts(TechContracts tech) {
        return new RewardPolicy(jurisdiction, transferLicenseRate, equityRate, selfRate, selfYears,
                keyContributorMinimum, deductible, publicityDays, publicityCalendar, leaderEquity, transferStaffShare,
                inventionBonus, otherPatentBonus, tech, unitShares);
    }

    public RewardPolicy withUnitShares(UnitShares shares) {
        return new RewardPolicy(jurisdiction, transferLicenseRate, equityRate, selfRate, selfYears,
                keyContributorMinimum, deductible, publicityDays, publicityCalendar, leaderEquity, transferStaffShare,
                inventionBonus, otherPatentBonus, techContracts, shares);
    }

    /** R-KEY's minimum for a R-45-TECH distribution: the policy's, or none when the policy switches it off. */
    public Percent techKeyMinimum() {
        return techContracts.keyRule() ? keyContributorMinimum : Percent.ZERO;
    }

    /** The presets of rule book R-POLICY: each is also the floor of its jurisdiction. */
    public enum Preset implements Labeled {
        NATIONAL("50", "50", "5", 3, "50", "0", null),
        BEIJING("70", "70", "5", 5, "50", "0", null),
        SHANGHAI("70", "70", "5", 5, "50", "0", null),
        // 浙江: at least 5% of the pool goes to technology-transfer staff.
        ZHEJIANG("70", "70", "10", 5, "70", "5", null),
        // 山东 allows up to 10% of net income to the TTO: a ceiling on the university's part, not a floor.
        SHANDONG("70", "70", "0", 0, "50", "0", "10"),
        SHANXI("70", "70", "0", 0, "70", "0", null);

        final Percent transferLicense;
        final Percent equity;
        final Percent self;
        final int selfYears;
        final Percent key;
        final Percent transferStaff;
        /** R-UNIT-SPLIT: the most of net income the technology-transfer office may get (null: no ceiling). */
        final Percent transferOfficeMaximum;

        Preset(String transferLicense, String equity, String self, int selfYears, String key, String transferStaff,
               String transferOfficeMaximum) {
            this.transferLicense = Percent.ofPercent(transferLicense);
            this.equity = Percent.ofPercent(equity);
            this.self = Percent.ofPercent(self);
            this.selfYears = selfYears;
            this.key = Percent.ofPercent(key);
            this.transferStaff = Percent.ofPercent(transferStaff);
            this.transferOfficeMaximum = transferOfficeMaximum == null ? null : Percent.ofPercent(transferOfficeMaximum);
        }

        public java.util.Optional<Percent> transferOfficeMaximum() {
            return java.util.Optional.ofNullable(transferOfficeMaximum);
        }

        @Override
        public String labelPrefix() {
            return "rewardPreset";
        }

        public RewardPolicy policy() {
            return policyOn(PatentBonusFloor.REVISED_2023_FROM);
        }

        /**
         * The preset as a policy in force on {@code day}: its bonuses are the R-BONUS floors of that day, so a
         * patent granted before 2024-01-20 under no policy of the office's own is proposed the 2010 floor.
         */
        public RewardPolicy policyOn(java.time.LocalDate day) {
            // Self/cooperative implementation falls back to the national floor where a province sets none.
            Percent selfRate = self.isPositive() ? self : NATIONAL.self;
            int years = selfYears > 0 ? selfYears : NATIONAL.selfYears;
            PatentBonusFloor.Floor bonus = PatentBonusFloor.on(day);
            return new RewardPolicy(this, transferLicense, equity, selfRate, years, key, DEFAULT_DEDUCTIBLE, 15,
                    PublicityCalendar.WORKING_DAYS, LeaderEquity.WAIVE_AND_REDISTRIBUTE, transferStaff,
                    bonus.invention(), bonus.otherPatent(), TechContracts.following(transferLicense),
                    UnitShares.NONE);
        }
    }

    /** R-NET default: taxes, maintenance, valuation, appraisal, negotiation and intermediary costs. */
    public static final Set<CostCategory> DEFAULT_DEDUCTIBLE = Set.copyOf(EnumSet.of(CostCategory.TAX,
            CostCategory.MAINTENANCE, CostCategory.VALUATION, CostCategory.APPRAISAL, CostCategory.NEGOTIATION,
            CostCategory.INTERMEDIARY));

    /**
     * The problems that stop this policy from being saved in force from {@code effectiveFrom}: any rate below
     * its jurisdiction's floor, a grant bonus below the R-BONUS floor in force on that day (null: the latest
     * floor), a R-45-TECH rate outside (0%, 100%], or unit shares (R-UNIT-SPLIT) that leave the team less than
     * its rate.
     */
    public List<Problem> belowFloor(java.time.LocalDate effectiveFrom) {
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
        PatentBonusFloor.Floor bonusFloor = PatentBonusFloor.on(effectiveFrom);
        if (inventionBonus.compareTo(bonusFloor.invention()) < 0
                || otherPatentBonus.compareTo(bonusFloor.otherPatent()) < 0) {
            problems.add(Problem.error("reward.policy.bonus", "bonus", bonusFloor.invention(),
                    bonusFloor.otherPatent()));
        }
        // R-45-TECH has no floor, but a rate of 0 would propose empty rewards as if the office had chosen them.
        Percent tech = techContracts.rate();
        if (!tech.isPositive() || tech.compareTo(Percent.HUNDRED) > 0) {
            problems.add(Problem.error("reward.policy.techRateRange", "reward.policy.techContract"));
        }
        checkUnitShares(problems);
        return problems;
    }

    /** R-UNIT-SPLIT: each share 0–100%, team rate + shares ≤ 100%, and the jurisdiction's TTO ceiling (山东 10%). */
    private void checkUnitShares(List<Problem> problems) {
        List<Percent> shares = List.of(unitShares.university(), unitShares.school(), unitShares.transferOffice());
        List<String> fields = List.of("reward.policy.unitUniversity", "reward.policy.unitSchool",
                "reward.policy.unitOffice");
        boolean inRange = true;
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).fraction().signum() < 0 || shares.get(i).compareTo(Percent.HUNDRED) > 0) {
                problems.add(Problem.error("reward.policy.unitShareRange", fields.get(i), fields.get(i)));
                inRange = false;
            }
        }
        // without a split, a team rate above 100% is the rate's own problem, already named
        if (inRange && unitShares.splits()
                && transferLicenseRate.plus(unitShares.total()).compareTo(Percent.HUNDRED) > 0) {
            problems.add(Problem.error("reward.policy.unitSharesTooHigh", "reward.policy.unitUniversity",
                    transferLicenseRate.toString(), unitShares.total().toString()));
        }
        jurisdiction.transferOfficeMaximum().filter(max -> unitShares.transferOffice().compareTo(max) > 0)
                .ifPresent(max -> problems.add(Problem.error("reward.policy.unitOfficeCeiling",
                        "reward.policy.unitOffice", max.toString())));
    }

    private static void check(List<Problem> problems, Percent value, Percent floor, String labelKey) {
        if (value.compareTo(floor) < 0 || value.fraction().compareTo(BigDecimal.ONE) > 0) {
            problems.add(Problem.error("reward.policy.belowFloor", labelKey, labelKey, floor.toString()));
        }
    }
}
