package org.transferdesk.report.persistence;

import static org.transferdesk.db.jooq.Tables.REPORT_YEAR;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.db.jooq.tables.records.ReportYearRecord;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportText;

/** The office's text and staff per report year; saves are versioned and audited (entity {@value #ENTITY}). */
public final class ReportTextRepository {
    public static final String ENTITY = "report_year";
    private static final Map<NarrativePart, TableField<ReportYearRecord, String>> COLUMNS = Map.of(
            NarrativePart.WORK_DONE, REPORT_YEAR.WORK_DONE, NarrativePart.EXPERIENCE, REPORT_YEAR.EXPERIENCE,
            NarrativePart.PROBLEMS, REPORT_YEAR.PROBLEMS, NarrativePart.POLICY, REPORT_YEAR.POLICY,
            NarrativePart.CASES, REPORT_YEAR.CASES);
    private final DSLContext dsl;

    public ReportTextRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static ReportText map(Record r) {
        Map<NarrativePart, String> parts = new EnumMap<>(NarrativePart.class);
        COLUMNS.forEach((part, column) -> parts.put(part, r.get(column)));
        return new ReportText(r.get(REPORT_YEAR.REPORT_YEAR_), r.get(REPORT_YEAR.OFFICE_STAFF),
                r.get(REPORT_YEAR.TECHNOLOGY_MANAGERS), parts, null, r.get(REPORT_YEAR.VERSION));
    }

    public Optional<ReportText> find(int year) {
        return dsl.selectFrom(REPORT_YEAR).where(REPORT_YEAR.REPORT_YEAR_.eq(year)).fetchOptional(ReportTextRepository::map);
    }

    /** The latest saved year before {@code year}, if any. */
    public Optional<ReportText> latestBefore(int year) {
        return dsl.selectFrom(REPORT_YEAR).where(REPORT_YEAR.REPORT_YEAR_.lt(year))
                .orderBy(REPORT_YEAR.REPORT_YEAR_.desc()).limit(1).fetchOptional(ReportTextRepository::map);
    }

    /**
     * Inserts the year's text or updates it when {@code text.version()} is the stored one (a draft from an
     * earlier year inserts); StaleRecordException when someone saved in between. Returns the saved text.
     */
    public ReportText save(ReportText text, String actor, LocalDateTime now) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Optional<ReportText> before = new ReportTextRepository(tx).find(text.year());
            if (before.isPresent() && (text.isDraft() || before.get().version() != text.version())) {
                throw new StaleRecordException(ENTITY, text.year());
            }
            if (before.isEmpty() && !text.isDraft() && text.version() != 0) {
                throw new StaleRecordException(ENTITY, text.year());
            }
            int version = before.map(b -> b.version() + 1).orElse(0);
            Map<Field<?>, Object> values = new HashMap<>();
            values.put(REPORT_YEAR.OFFICE_STAFF, text.officeStaff());
            values.put(REPORT_YEAR.TECHNOLOGY_MANAGERS, text.technologyManagers());
            values.put(REPORT_YEAR.VERSION, version);
            values.put(REPORT_YEAR.UPDATED_AT, now);
            values.put(REPORT_YEAR.UPDATED_BY, actor);
            COLUMNS.forEach((part, column) -> values.put(column, blankToNull(text.part(part))));
            if (before.isEmpty()) {
                values.put(REPORT_YEAR.REPORT_YEAR_, text.year());
                tx.insertInto(REPORT_YEAR).set(values).execute();
            } else {
                tx.update(REPORT_YEAR).set(values).where(REPORT_YEAR.REPORT_YEAR_.eq(text.year())).execute();
            }
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, text.year(),
                    before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                    AuditDiff.between(before.map(ReportTextRepository::auditMap).orElse(Map.of()), auditMap(text))));
            return new ReportText(text.year(), text.officeStaff(), text.technologyManagers(), text.parts(), null,
                    version);
        });
    }

    private static Map<String, Object> auditMap(ReportText t) {
        Map<String, Object> m = new HashMap<>();
        m.put("officeStaff", t.officeStaff());
        m.put("technologyManagers", t.technologyManagers());
        for (NarrativePart p : NarrativePart.values()) {
            m.put(p.name(), blankToNull(t.part(p)));
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
