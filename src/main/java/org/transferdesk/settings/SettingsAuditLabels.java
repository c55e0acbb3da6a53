package org.transferdesk.settings;

import java.util.List;
import org.transferdesk.audit.AuditFields;
import org.transferdesk.audit.AuditLabels;

/**
 * How the history reads dated settings. The keys belong to the features that read them; until each declares its
 * own, a key reads under the generic "setting" label with its words spelt out.
 */
public final class SettingsAuditLabels {
    private SettingsAuditLabels() {
    }

    public static List<AuditLabels> all() {
        return List.of(AuditFields.of("policy_setting")
                .text("unit.name", "rewardPolicy.unit.name")
                .text("price.publicity.days", "auditField.policySetting.pricePublicityDays")
                .prefixed("", "auditField.policySetting"));
    }
}
