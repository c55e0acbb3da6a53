package org.transferdesk.settings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/** Issue 24 item 1: every field a dated setting's saves audit reads under a label, in Chinese and in English. */
@Tag(TestDatabase.TAG)
class SettingsAuditLabelsTest extends AuditLabelsContract {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

    SettingsAuditLabelsTest() {
        // a dated setting is labelled by the feature that reads it (the approval tiers by the deal)
        super(org.transferdesk.bootstrap.AuditLabelCatalog.vocabulary());
    }

    @Override
    protected java.util.Set<String> ownEntities() {
        return java.util.Set.of("policy_setting");
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            new org.transferdesk.settings.persistence.PolicySettingRepository(db.dsl()).putAll(
                    java.util.Map.of(OfficeSettings.APPROVAL_TIERS, "2000000.00:SCIENCE_OFFICE;:PRESIDENT_MEETING",
                            OfficeSettings.PRICE_PUBLICITY_DAYS, "15", "unit.name", "示例大学"),
                    LocalDate.of(2026, 1, 1), "clerk", NOW);
            return AuditRowsOnH2.cases(db, "policy_setting").toList().stream();
        }
    }
}
