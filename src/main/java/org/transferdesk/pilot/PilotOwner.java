package org.transferdesk.pilot;

import org.transferdesk.common.Percent;

/** A team member's part of the team's share (the team's internal split; parts sum to 100%). */
public record PilotOwner(long personId, String staffNo, String name, Percent share) {
}
