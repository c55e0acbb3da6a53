package org.transferdesk.need;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a need's audit rows and the rows the shared database writes for its tables. */
public final class NeedAuditLabels {
    private NeedAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("tech_need")
                        .text("counterpartyId", "need.company")
                        .text("title", "need.title")
                        .text("description", "need.description")
                        .text("techField", "need.field")
                        .money("budgetMin", "need.budgetMin")
                        .money("budgetMax", "need.budgetMax")
                        .date("deadline", "need.deadline")
                        .text("contactName", "need.contactName")
                        .text("contactPhone", "need.contactPhone")
                        .text("contactEmail", "need.contactEmail")
                        .choice("source", "need.source", NeedSource.class)
                        .choice("status", "need.status", NeedStatus.class)
                        .text("closedReason", "need.closedReason")
                        .text("dealId", "need.deal")
                        .text("results", "need.results"),
                AuditFields.of("tech_need_result")
                        .text("needId", "need.auditNeed")
                        .text("disclosureId", "need.results"),
                AuditFields.of("tech_need_move")
                        .text("needId", "need.auditNeed")
                        .choice("fromStatus", "need.move.from", NeedStatus.class)
                        .choice("toStatus", "need.move.to", NeedStatus.class)
                        .date("movedOn", "need.move.on")
                        .text("movedBy", "need.move.by")
                        .text("reason", "need.closedReason"));
    }
}
