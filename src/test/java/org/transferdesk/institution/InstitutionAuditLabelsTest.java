package org.transferdesk.institution;

import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/** Issue 24 item 1: every field a joint institution's saves audit reads under a label, in Chinese and in English. */
@Tag(TestDatabase.TAG)
class InstitutionAuditLabelsTest extends AuditLabelsContract {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

    InstitutionAuditLabelsTest() {
        super(new AuditVocabulary(InstitutionAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            var repo = new org.transferdesk.institution.persistence.InstitutionRepository(db.dsl());
            JointInstitution saved = repo.save(new JointInstitution(null, "联合研究院", InstitutionKind.JOINT_RD, null,
                    "某市政府", 2020, null, "共建", 0), "clerk", NOW);
            repo.save(new JointInstitution(saved.id(), "联合研究院（二期）", InstitutionKind.PLATFORM, null, "某市政府",
                    2020, 2025, "已撤销", saved.version()), "clerk", NOW.plusHours(1));
            return AuditRowsOnH2.cases(db, "joint_institution").toList().stream();
        }
    }
}
