package org.transferdesk.reward;

import java.math.BigDecimal;
import org.transferdesk.reward.RewardPolicy.Preset;

/** The parts of the policy in force that a distribution was computed and validated with (kept with it). */
public record AppliedPolicy(Preset preset, BigDecimal keyMinimum, BigDecimal transferStaffShare) {
    public static AppliedPolicy of(RewardPolicy policy) {
        return new AppliedPolicy(policy.jurisdiction(), policy.keyContributorMinimum().fraction(),
                policy.transferStaffShare().fraction());
    }
}
