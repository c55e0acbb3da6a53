package org.transferdesk.disclosure;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a result's audit rows (issue 24 item 1). */
public final class DisclosureAuditLabels {
    private DisclosureAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("disclosure")
                .text("resultNo", "result.resultNo")
                .text("title", "result.title")
                .date("disclosedOn", "result.disclosedOn")
                .text("department", "result.department")
                // V24's rows of changes made outside the app name the columns, which differ from the fields here
                .reference("departmentId", "result.department", "department", "name")
                .choice("fundingSource", "result.funding", FundingSource.class)
                .text("abstractText", "result.abstract")
                .text("managerLogin", "result.manager")
                .choice("resultType", "result.resultType", ResultType.class)
                .choice("funding", "result.funding", FundingSource.class)
                .text("projectNumbers", "result.projectNumbers")
                .text("technicalField", "result.technicalField")
                .text("abstract", "result.abstract")
                .yesNo("confidential", "result.confidential")
                .choice("status", "result.status", ResultStatus.class)
                .text("statusReason", "status.reason")
                .text("manager", "result.manager")
                .text("evalScientific", "evaluation.scientific")
                .text("evalTechnical", "evaluation.technical")
                .text("evalEconomic", "evaluation.economic")
                .text("evalSocial", "evaluation.social")
                .choice("evalRecommendation", "evaluation.recommendation", Recommendation.class)
                .text("evalNotes", "evaluation.notes")
                .list("inventors", "result.inventors")
                .list("ipAssets", "editor.tab.ip")
                .words(org.transferdesk.ip.IpType.class)
                .words(org.transferdesk.ip.IpStatus.class));
    }
}
