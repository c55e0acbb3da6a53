package org.transferdesk.reward;

import java.time.LocalDate;

/** One version of the reward policy and the date from which it is in force. */
public record DatedPolicy(LocalDate effectiveFrom, RewardPolicy policy) {
}
