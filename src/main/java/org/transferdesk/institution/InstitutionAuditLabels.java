package org.transferdesk.institution;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a joint institution's audit rows. */
public final class InstitutionAuditLabels {
    private InstitutionAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("joint_institution")
                .text("name", "institution.name")
                .choice("kind", "institution.kind", InstitutionKind.class)
                .text("partner", "institution.partner")
                .text("partnerName", "institution.partner")
                .reference("counterpartyId", "institution.partner", "counterparty", "name")
                .date("foundedYear", "institution.foundedYear")
                .date("closedYear", "institution.closedYear")
                .text("note", "institution.note"));
    }
}
