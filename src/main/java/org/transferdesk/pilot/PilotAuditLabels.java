package org.transferdesk.pilot;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a pilot case's audit rows, and the owners it records on its result. */
public final class PilotAuditLabels {
    private PilotAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("pilot")
                        .text("caseNo", "auditField.pilot.caseNo")
                        .text("result", "auditField.pilot.result")
                        .choice("model", "pilot.model", PilotModel.class)
                        .percent("teamShare", "pilot.teamShare")
                        .text("useYears", "pilot.useYears")
                        .text("renewalYears", "auditField.pilot.renewalYears")
                        .money("useFee", "auditField.pilot.useFee")
                        .text("representative", "pilot.representative")
                        .list("owners", "auditField.pilot.owners")
                        .text("conversionPlan", "pilot.conversionPlan")
                        .composite("negativeList", "pilot.negativeListBy")
                        .text("publicityPlace", "pilot.publicityPlace")
                        .text("manager", "pilot.manager")
                        .percent("incomeTeamShare", "auditField.pilot.incomeTeamShare")
                        .text("decisionRights", "pilot.decisionRights")
                        .choice("maintenancePayer", "pilot.maintenancePayer", MaintenancePayer.class)
                        .date("convertBy", "pilot.convertBy")
                        .text("recoveryRule", "pilot.recoveryRule")
                        .list("steps", "auditField.pilot.steps")
                        .words(PilotStep.class)
                        .composite("step", "auditField.pilot.step")
                        .word("undone", "auditField.pilot.undone")
                        .list("objections", "auditField.pilot.objections")
                        .word("open", "auditField.pilot.open")
                        .word("closed", "auditField.pilot.closed")
                        .text("objection", "pilot.objection.content")
                        .composite("attachment", "auditField.pilot.attachment"),
                AuditFields.of("disclosure")
                        .composite("ipOwners", "auditField.pilot.owners"));
    }
}
