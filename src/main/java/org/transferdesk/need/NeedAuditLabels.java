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
                        .reference("counterpartyId", "need.company", "counterparty", "name")
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
                        .reference("dealId", "need.deal", "deal", "contract_no", "title")
                        .text("results", "need.results"),
                AuditFields.of("tech_need_result")
                        .reference("needId", "need.auditNeed", "tech_need", "title")
                        .reference("disclosureId", "need.results", "disclosure", "result_no", "title"),
                AuditFields.of("tech_need_move")
                        .reference("needId", "need.auditNeed", "tech_need", "title")
                        .choice("fromStatus", "need.move.from", NeedStatus.class)
                        .choice("toStatus", "need.move.to", NeedStatus.class)
                        .date("movedOn", "need.move.on")
                        .text("movedBy", "need.move.by")
                        .text("reason", "need.closedReason"));
    }
}
