package org.transferdesk.institution.persistence;

import static org.transferdesk.db.jooq.Tables.COUNTERPARTY;
import static org.transferdesk.db.jooq.Tables.JOINT_INSTITUTION;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;

/** The register of jointly built institutions and platforms, audited like every edited record. */
public final class InstitutionRepository {
    public static final String ENTITY = "joint_institution";
    private final DSLContext dsl;

    public InstitutionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static JointInstitution map(Record r) {
        Long counterpartyId = r.get(JOINT_INSTITUTION.COUNTERPARTY_ID);
        return new JointInstitution(r.get(JOINT_INSTITUTION.ID), r.get(JOINT_INSTITUTION.NAME),
                InstitutionKind.valueOf(r.get(JOINT_INSTITUTION.KIND)), counterpartyId,
                counterpartyId == null ? r.get(JOINT_INSTITUTION.PARTNER_NAME) : r.get(COUNTERPARTY.NAME),
                r.get(JOINT_INSTITUTION.FOUNDED_YEAR), r.get(JOINT_INSTITUTION.CLOSED_YEAR),
                r.get(JOINT_INSTITUTION.NOTE), r.get(JOINT_INSTITUTION.VERSION));
    }

    private List<JointInstitution> select(Condition where) {
        return dsl.select(JOINT_INSTITUTION.fields()).select(COUNTERPARTY.NAME)
                .from(JOINT_INSTITUTION)
                .leftJoin(COUNTERPARTY).on(COUNTERPARTY.ID.eq(JOINT_INSTITUTION.COUNTERPARTY_ID))
                .where(where)
                .orderBy(JOINT_INSTITUTION.FOUNDED_YEAR.desc(), JOINT_INSTITUTION.NAME, JOINT_INSTITUTION.ID)
                .fetch(InstitutionRepository::map);
    }

    /** Newest first, then by name. */
    public List<JointInstitution> findAll() {
        return select(DSL.trueCondition());
    }

    public Optional<JointInstitution> findById(long id) {
        return select(JOINT_INSTITUTION.ID.eq(id)).stream().findFirst();
    }

    /**
     * For the report (R-REPORT-MORE): the institutions that existed at some time in {@code year} (founded in it or
     * before, not closed before it).
     */
    public List<JointInstitution> activeIn(int year) {
        return select(JOINT_INSTITUTION.FOUNDED_YEAR.le(year)
                .and(JOINT_INSTITUTION.CLOSED_YEAR.isNull().or(JOINT_INSTITUTION.CLOSED_YEAR.ge(year))));
    }

    /** Inserts (id null) or updates at the version read; a changed or deleted record is a conflict. */
    public JointInstitution save(JointInstitution i, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            InstitutionRepository inTx = new InstitutionRepository(tx);
            Map<String, Object> before = Map.of();
            long id;
            if (i.id() == null) {
                id = tx.insertInto(JOINT_INSTITUTION)
                        .set(JOINT_INSTITUTION.NAME, i.name()).set(JOINT_INSTITUTION.KIND, i.kind().name())
                        .set(JOINT_INSTITUTION.COUNTERPARTY_ID, i.counterpartyId())
                        .set(JOINT_INSTITUTION.PARTNER_NAME, i.partnerName())
                        .set(JOINT_INSTITUTION.FOUNDED_YEAR, i.foundedYear())
                        .set(JOINT_INSTITUTION.CLOSED_YEAR, i.closedYear()).set(JOINT_INSTITUTION.NOTE, i.note())
                        .returning(JOINT_INSTITUTION.ID).fetchOne().getId();
            } else {
                before = fields(inTx.findById(i.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, i.id())));
                int updated = tx.update(JOINT_INSTITUTION)
                        .set(JOINT_INSTITUTION.NAME, i.name()).set(JOINT_INSTITUTION.KIND, i.kind().name())
                        .set(JOINT_INSTITUTION.COUNTERPARTY_ID, i.counterpartyId())
                        .set(JOINT_INSTITUTION.PARTNER_NAME, i.partnerName())
                        .set(JOINT_INSTITUTION.FOUNDED_YEAR, i.foundedYear())
                        .set(JOINT_INSTITUTION.CLOSED_YEAR, i.closedYear()).set(JOINT_INSTITUTION.NOTE, i.note())
                        .set(JOINT_INSTITUTION.VERSION, i.version() + 1).set(JOINT_INSTITUTION.UPDATED_AT, now)
                        .where(JOINT_INSTITUTION.ID.eq(i.id()).and(JOINT_INSTITUTION.VERSION.eq(i.version())))
                        .execute();
                if (updated == 0) {
                    throw AuditRepository.staleRecord(tx, ENTITY, i.id());
                }
                id = i.id();
            }
            JointInstitution saved = inTx.findById(id).orElseThrow();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id,
                    i.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, AuditDiff.between(before, fields(saved))));
            return saved;
        });
    }

    /** Deletes the record if it is still there (audited); returns whether it was. */
    public boolean delete(long id, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Optional<JointInstitution> before = new InstitutionRepository(tx).findById(id);
            if (before.isEmpty()) {
                return false;
            }
            tx.deleteFrom(JOINT_INSTITUTION).where(JOINT_INSTITUTION.ID.eq(id)).execute();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id, AuditAction.DELETE,
                    AuditDiff.between(fields(before.get()), Map.of())));
            return true;
        });
    }

    private static Map<String, Object> fields(JointInstitution i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("kind", i.kind());
        m.put("partner", i.partnerName());
        m.put("counterpartyId", i.counterpartyId());
        m.put("foundedYear", i.foundedYear());
        m.put("closedYear", i.closedYear());
        m.put("note", i.note());
        return m;
    }
}
