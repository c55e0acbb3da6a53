package org.transferdesk.report;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads a report year's texts and staff figures. */
public final class ReportAuditLabels {
    private ReportAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("report_year")
                .text("officeStaff", "auditField.reportYear.officeStaff")
                .text("technologyManagers", "auditField.reportYear.technologyManagers")
                .fieldPerConstant(NarrativePart.class));
    }
}
