package org.transferdesk.reward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicy.PublicityCalendar;

/** How a reward policy reads to a clerk, in the current language (CLI and screen alike). */
public final class RewardPolicyLabels {
    private RewardPolicyLabels() {
    }

    public static String preset(Preset preset) {
        return switch (preset) {
            case NATIONAL -> I18n.t("rewardPolicy.preset.NATIONAL");
            case BEIJING -> I18n.t("rewardPolicy.preset.BEIJING");
            case SHANGHAI -> I18n.t("rewardPolicy.preset.SHANGHAI");
            case ZHEJIANG -> I18n.t("rewardPolicy.preset.ZHEJIANG");
            case SHANDONG -> I18n.t("rewardPolicy.preset.SHANDONG");
            case SHANXI -> I18n.t("rewardPolicy.preset.SHANXI");
        };
    }

    public static String leaderEquity(LeaderEquity choice) {
        return choice == LeaderEquity.CONVERT_TO_CASH ? I18n.t("rewardPolicy.leader.cash")
                : I18n.t("rewardPolicy.leader.waive");
    }

    public static String publicityCalendar(PublicityCalendar kind) {
        return kind == PublicityCalendar.CALENDAR_DAYS ? I18n.t("rewardPolicy.calendar.calendarDays")
                : I18n.t("rewardPolicy.calendar.workingDays");
    }

    /** The rates in one line (history rows). */
    public static String summary(RewardPolicy p) {
        String units = p.unitShares().splits() ? I18n.t("rewardPolicy.summaryUnits", p.unitShares().university(),
                p.unitShares().school(), p.unitShares().transferOffice()) : "";
        return I18n.t("rewardPolicy.summary", p.transferLicenseRate(), p.equityRate(), p.selfRate(), p.selfYears(),
                p.keyContributorMinimum(), p.transferStaffShare())
                + I18n.t("rewardPolicy.summaryTech", p.techContracts().rate()) + units;
    }

    /** R-45-TECH: whether R-KEY applies to technical-contract rewards. */
    public static String techKeyRule(boolean applies) {
        return applies ? I18n.t("rewardPolicy.techKey.applies") : I18n.t("rewardPolicy.techKey.off");
    }

    /** Every field as "label: value", in the order of the policy document. */
    public static List<String> lines(RewardPolicy p) {
        List<String> lines = new ArrayList<>();
        lines.add(I18n.t("rewardPolicy.field.jurisdiction") + ": " + preset(p.jurisdiction()));
        lines.add(I18n.t("reward.policy.transferLicense") + ": " + p.transferLicenseRate());
        lines.add(I18n.t("reward.policy.equity") + ": " + p.equityRate());
        lines.add(I18n.t("reward.policy.self") + ": " + p.selfRate());
        lines.add(I18n.t("rewardPolicy.field.selfYears") + ": " + I18n.t("rewardPolicy.years", p.selfYears()));
        lines.add(I18n.t("reward.policy.key") + ": " + p.keyContributorMinimum());
        lines.add(I18n.t("reward.policy.transferStaff") + ": " + p.transferStaffShare());
        lines.add(I18n.t("reward.policy.techContract") + ": " + p.techContracts().rate());
        lines.add(I18n.t("rewardPolicy.field.techKey") + ": " + techKeyRule(p.techContracts().keyRule()));
        lines.add(I18n.t("reward.policy.unitUniversity") + ": " + p.unitShares().university());
        lines.add(I18n.t("reward.policy.unitSchool") + ": " + p.unitShares().school());
        lines.add(I18n.t("reward.policy.unitOffice") + ": " + p.unitShares().transferOffice());
        lines.add(I18n.t("rewardPolicy.field.deductible") + ": " + deductible(p));
        lines.add(I18n.t("rewardPolicy.field.publicityDays") + ": " + p.publicityDays() + " ("
                + publicityCalendar(p.publicityCalendar()) + ")");
        lines.add(I18n.t("rewardPolicy.field.leaderEquity") + ": " + leaderEquity(p.leaderEquity()));
        lines.add(I18n.t("rewardPolicy.field.inventionBonus") + ": " + I18n.t("rewardPolicy.yuan", p.inventionBonus().toPlainString()));
        lines.add(I18n.t("rewardPolicy.field.otherBonus") + ": " + I18n.t("rewardPolicy.yuan", p.otherPatentBonus().toPlainString()));
        return lines;
    }

    public static String deductible(RewardPolicy p) {
        String list = Arrays.stream(CostCategory.values()).filter(p.deductible()::contains).map(CostCategory::label)
                .collect(Collectors.joining(I18n.isEnglish() ? ", " : "、"));
        return list.isEmpty() ? I18n.t("rewardPolicy.none") : list;
    }
}
