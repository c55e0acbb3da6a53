package org.transferdesk.due;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads the annual fees paid on an IP asset. */
public final class DueAuditLabels {
    private DueAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("ip_asset").prefixed("annualFee.", "auditField.ipAsset.annualFee")
                // a change made outside the app names the result by its id (issue 24 item 1)
                .reference("disclosureId", "auditRef.result", "disclosure", "result_no", "title"));
    }
}
