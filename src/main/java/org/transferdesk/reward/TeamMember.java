package org.transferdesk.reward;

import java.math.BigDecimal;
import org.transferdesk.people.LeaderRole;

/** A person's weight in a split (a fraction of the team), with where it came from for the explanation. */
public record TeamMember(long personId, String staffNo, String name, BigDecimal share, boolean keyContributor,
                         LeaderRole leaderRole, String source) {
}
