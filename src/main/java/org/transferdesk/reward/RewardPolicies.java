package org.transferdesk.reward;

import java.time.LocalDate;

/** The reward policy in force on a date (R-POLICY: effective-dated). */
@FunctionalInterface
public interface RewardPolicies {
    RewardPolicy policyOn(LocalDate date);
}
