package org.transferdesk.pilot;

import java.time.LocalDate;
import org.transferdesk.common.Percent;

/**
 * The agreement's terms (R-PILOT-FLOW 协议签署): the team's share of income (empty = its ownership share,
 * R-PILOT-INCOME), decision rights, who pays maintenance fees, the conversion deadline and the recovery rule.
 */
public record PilotTerms(Percent incomeTeamShare, String decisionRights, MaintenancePayer maintenancePayer,
                         LocalDate convertBy, String recoveryRule) {
    public static final PilotTerms NONE = new PilotTerms(null, null, null, null, null);
}
