package org.transferdesk.due;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/** How the history reads the annual fees paid on an IP asset. */
public final class DueAuditLabels {
    private DueAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("ip_asset").prefixed("annualFee.", "auditField.ipAsset.annualFee"));
    }
}
