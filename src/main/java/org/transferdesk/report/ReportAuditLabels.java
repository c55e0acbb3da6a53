package org.transferdesk.report;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;
import org.transferdesk.audit.persistence.AuditRepository;

/** How the history reads a report year's texts and staff figures. */
public final class ReportAuditLabels {
    private ReportAuditLabels() {
    }

    public static List<AuditLabels> all() {
        AuditFields year = AuditFields.of("report_year")
                .text("officeStaff", "auditField.reportYear.officeStaff")
                .text("technologyManagers", "auditField.reportYear.technologyManagers")
                .date("reportYear", "historyLine.reportYear")
                .text("updatedBy", "historyLine.updatedBy")
                .fieldPerConstant(NarrativePart.class);
        // V24's rows of changes made outside the app name each part by its column (WORK_DONE → workDone)
        for (NarrativePart part : NarrativePart.values()) {
            year.text(AuditRepository.fieldOfColumn(part.name()), part.labelKey());
        }
        return List.of(year);
    }
}
