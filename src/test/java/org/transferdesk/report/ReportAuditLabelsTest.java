package org.transferdesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.db.Database;
import org.junit.jupiter.api.Tag;

/** Issue 24 item 1: every field a report year's saves audit reads under a label, in Chinese and in English. */
@Tag(TestDatabase.TAG)
class ReportAuditLabelsTest extends AuditLabelsContract {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

    ReportAuditLabelsTest() {
        super(new AuditVocabulary(ReportAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() {
        try (Database db = TestDatabase.fresh()) {
            java.util.Map<NarrativePart, String> parts = new java.util.EnumMap<>(NarrativePart.class);
            for (NarrativePart p : NarrativePart.values()) {
                parts.put(p, "本年度" + p.ordinal());
            }
            new org.transferdesk.report.persistence.ReportTextRepository(db.dsl())
                    .save(new ReportText(2025, 6, 3, parts, null, 0), "clerk", NOW);
            return AuditRowsOnH2.cases(db, "report_year").toList().stream();
        }
    }
}
