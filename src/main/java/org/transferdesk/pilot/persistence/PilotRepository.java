package org.transferdesk.pilot.persistence;

import static org.transferdesk.db.jooq.Tables.APP_USER;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.PILOT_ATTACHMENT;
import static org.transferdesk.db.jooq.Tables.PILOT_CASE;
import static org.transferdesk.db.jooq.Tables.PILOT_OBJECTION;
import static org.transferdesk.db.jooq.Tables.PILOT_OWNER;
import static org.transferdesk.db.jooq.Tables.PILOT_STEP;
import static org.transferdesk.db.jooq.Tables.TAKEN_NUMBER;

import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.db.WriteFailures;
import org.transferdesk.db.WriteMutex;
import org.transferdesk.db.jooq.tables.records.PilotCaseRecord;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.pilot.IpOwnersChange;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotAttachment;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotObjection;
import org.transferdesk.pilot.PilotOwner;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.StepRecord;

/** Pilot cases with their team, steps, objections and documents; every change is audited. */
public final class PilotRepository {
    public static final String ENTITY = "pilot";
    private final DSLContext dsl;

    public PilotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<PilotCase> findById(long id) {
        return read(dsl, PILOT_CASE.ID.eq(id)).stream().findFirst();
    }

    public Optional<PilotCase> findByCaseNo(String caseNo) {
        return read(dsl, PILOT_CASE.CASE_NO.eq(caseNo)).stream().findFirst();
    }

    /** Every case, newest case number first. */
    public List<PilotCase> findAll() {
        return read(dsl, DSL.trueCondition());
    }

    /** The case with this id, read inside a transaction (the ledger import). */
    public static Optional<PilotCase> findById(DSLContext tx, long id) {
        return read(tx, PILOT_CASE.ID.eq(id)).stream().findFirst();
    }

    public List<PilotCase> findByDisclosure(long disclosureId) {
        return read(dsl, PILOT_CASE.DISCLOSURE_ID.eq(disclosureId));
    }

    public int count() {
        return dsl.fetchCount(PILOT_CASE);
    }

    /**
     * The highest sequence used in case numbers of {@code prefix} (e.g. "FQ-2026-"), inside a transaction that holds
     * the write lock ({@link #saveNew}, the ledger import).
     */
    public static int maxSequence(DSLContext dsl, String prefix) {
        // everyone's numbers, also those of cases the connected role may not read (issue 22)
        return dsl.select(TAKEN_NUMBER.NUMBER).from(TAKEN_NUMBER)
                .where(TAKEN_NUMBER.KIND.eq("pilot_case").and(TAKEN_NUMBER.NUMBER.startsWith(prefix)))
                .fetch(TAKEN_NUMBER.NUMBER).stream().map(no -> no.substring(prefix.length()))
                .filter(s -> s.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0);
    }

    private static List<PilotCase> read(DSLContext ctx, Condition where) {
        var cases = ctx.select(PILOT_CASE.asterisk(), DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE, DISCLOSURE.RESULT_TYPE,
                        DEPARTMENT.NAME, APP_USER.DISPLAY_NAME)
                .from(PILOT_CASE).join(DISCLOSURE).on(DISCLOSURE.ID.eq(PILOT_CASE.DISCLOSURE_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .leftJoin(APP_USER).on(APP_USER.LOGIN.eq(PILOT_CASE.MANAGER_LOGIN))
                .where(where).orderBy(PILOT_CASE.CASE_NO.desc()).fetch();
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cases.map(r -> r.get(PILOT_CASE.ID));
        Map<Long, List<PilotOwner>> owners = new LinkedHashMap<>();
        ctx.select(PILOT_OWNER.CASE_ID, PILOT_OWNER.PERSON_ID, PERSON.STAFF_NO, PERSON.NAME, PILOT_OWNER.SHARE)
                .from(PILOT_OWNER).join(PERSON).on(PERSON.ID.eq(PILOT_OWNER.PERSON_ID))
                .where(PILOT_OWNER.CASE_ID.in(ids)).orderBy(PILOT_OWNER.CASE_ID, PILOT_OWNER.POSITION)
                .forEach(r -> owners.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new PilotOwner(r.value2(), r.value3(), r.value4(), new Percent(r.value5()))));
        Map<Long, List<StepRecord>> steps = new LinkedHashMap<>();
        ctx.selectFrom(PILOT_STEP).where(PILOT_STEP.CASE_ID.in(ids)).orderBy(PILOT_STEP.CASE_ID, PILOT_STEP.ID)
                .forEach(r -> steps.computeIfAbsent(r.getCaseId(), k -> new ArrayList<>())
                        .add(new StepRecord(PilotStep.valueOf(r.getStep()), r.getDoneOn(), r.getEndsOn(), r.getActor(),
                                r.getNote(), r.getRecordedBy(), r.getRecordedAt())));
        Map<Long, List<PilotObjection>> objections = new LinkedHashMap<>();
        ctx.selectFrom(PILOT_OBJECTION).where(PILOT_OBJECTION.CASE_ID.in(ids))
                .orderBy(PILOT_OBJECTION.CASE_ID, PILOT_OBJECTION.RECEIVED_ON, PILOT_OBJECTION.ID)
                .forEach(r -> objections.computeIfAbsent(r.getCaseId(), k -> new ArrayList<>())
                        .add(new PilotObjection(r.getId(), r.getReceivedOn(), r.getRaisedBy(), r.getContent(),
                                r.getHandling(), r.getClosedOn())));
        return cases.map(r -> map(r, owners.getOrDefault(r.get(PILOT_CASE.ID), List.of()),
                steps.getOrDefault(r.get(PILOT_CASE.ID), List.of()),
                objections.getOrDefault(r.get(PILOT_CASE.ID), List.of())));
    }

    private static PilotCase map(Record r, List<PilotOwner> owners, List<StepRecord> steps,
                                 List<PilotObjection> objections) {
        String type = r.get(DISCLOSURE.RESULT_TYPE);
        String payer = r.get(PILOT_CASE.MAINTENANCE_PAYER);
        return PilotCaseBuilder.pilotCase().disclosureId(r.get(PILOT_CASE.DISCLOSURE_ID))
                .model(PilotModel.valueOf(r.get(PILOT_CASE.MODEL))).id(r.get(PILOT_CASE.ID))
                .caseNo(r.get(PILOT_CASE.CASE_NO)).resultNo(r.get(DISCLOSURE.RESULT_NO))
                .resultTitle(r.get(DISCLOSURE.TITLE)).resultType(type == null ? null : ResultType.valueOf(type))
                .department(r.get(DEPARTMENT.NAME)).teamShare(percent(r.get(PILOT_CASE.TEAM_SHARE)))
                .useYears(r.get(PILOT_CASE.USE_YEARS)).renewalYears(r.get(PILOT_CASE.RENEWAL_YEARS))
                .useFee(r.get(PILOT_CASE.USE_FEE)).representativeId(r.get(PILOT_CASE.REPRESENTATIVE_ID)).owners(owners)
                .conversionPlan(r.get(PILOT_CASE.CONVERSION_PLAN)).negativeListBy(r.get(PILOT_CASE.NEGATIVE_LIST_BY))
                .negativeListOn(r.get(PILOT_CASE.NEGATIVE_LIST_ON)).publicityPlace(r.get(PILOT_CASE.PUBLICITY_PLACE))
                .terms(new PilotTerms(percent(r.get(PILOT_CASE.INCOME_TEAM_SHARE)), r.get(PILOT_CASE.DECISION_RIGHTS),
                        payer == null ? null : MaintenancePayer.valueOf(payer), r.get(PILOT_CASE.CONVERT_BY),
                        r.get(PILOT_CASE.RECOVERY_RULE)))
                .steps(steps).objections(objections).ownersBefore(r.get(PILOT_CASE.OWNERS_BEFORE))
                .managerLogin(r.get(PILOT_CASE.MANAGER_LOGIN))
                // 经办人 by name; the bare login when no account has it
                .managerName(r.get(APP_USER.DISPLAY_NAME) != null ? r.get(APP_USER.DISPLAY_NAME)
                        : r.get(PILOT_CASE.MANAGER_LOGIN))
                .version(r.get(PILOT_CASE.VERSION)).build();
    }

    private static Percent percent(java.math.BigDecimal fraction) {
        return fraction == null ? null : new Percent(fraction);
    }

    /**
     * Saves a new case under the next number of {@code prefix} ("FQ-2026-" → FQ-2026-007), taken inside the saving
     * transaction behind the write lock: clerks on several PCs saving new cases at once (issue 21) take their
     * numbers one after the other, each seeing the cases saved before, and so does a ledger import writing cases.
     */
    public PilotCase saveNew(PilotCase c, String prefix, String actor, LocalDateTime now) {
        return WriteFailures.retryWhenHostLeft(() -> dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            WriteMutex.take(dsl, tx, new WriteMutex.Holder(WriteMutex.NEW_PILOT_CASE, actor, now));
            String no = prefix + String.format("%03d", maxSequence(tx, prefix) + 1);
            return save(tx, PilotCaseBuilder.toBuilder(c).caseNo(no).build(), actor, now);
        }));
    }

    /** Saves the case's own fields and its team (not its steps or objections), checking the version. */
    public PilotCase save(PilotCase c, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> save(t.dsl(), c, actor, now));
    }

    public static PilotCase save(DSLContext tx, PilotCase c, String actor, LocalDateTime now) {
        return save(tx, c, actor, now, null);
    }

    /** As {@link #save(DSLContext, PilotCase, String, LocalDateTime)}, audited as {@code action} (the ledger import: IMPORT). */
    public static PilotCase save(DSLContext tx, PilotCase c, String actor, LocalDateTime now, AuditAction action) {
        PilotCaseRecord rec = tx.newRecord(PILOT_CASE);
        rec.setCaseNo(c.caseNo());
        rec.setDisclosureId(c.disclosureId());
        rec.setModel(c.model().name());
        rec.setTeamShare(c.model() == PilotModel.OWNERSHIP && c.teamShare() != null ? c.teamShare().fraction() : null);
        rec.setUseYears(c.model() == PilotModel.LONG_TERM_USE ? c.useYears() : null);
        rec.setRenewalYears(c.model() == PilotModel.LONG_TERM_USE ? c.renewalYears() : null);
        rec.setUseFee(c.model() == PilotModel.LONG_TERM_USE ? c.useFee() : null);
        rec.setRepresentativeId(c.representativeId());
        rec.setConversionPlan(c.conversionPlan());
        rec.setNegativeListBy(c.negativeListBy());
        rec.setNegativeListOn(c.negativeListOn());
        rec.setPublicityPlace(c.publicityPlace());
        rec.setIncomeTeamShare(c.terms().incomeTeamShare() == null ? null : c.terms().incomeTeamShare().fraction());
        rec.setDecisionRights(c.terms().decisionRights());
        rec.setMaintenancePayer(c.terms().maintenancePayer() == null ? null : c.terms().maintenancePayer().name());
        rec.setConvertBy(c.terms().convertBy());
        rec.setRecoveryRule(c.terms().recoveryRule());
        rec.setOwnersBefore(c.ownersBefore());
        rec.setManagerLogin(c.managerLogin());
        Map<String, Object> before = Map.of();
        long id;
        if (c.isNew()) {
            rec.store();
            id = rec.getId();
        } else {
            before = read(tx, PILOT_CASE.ID.eq(c.id())).stream().findFirst()
                    .orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, c.id())).auditFields();
            rec.setVersion(c.version() + 1);
            rec.setUpdatedAt(now);
            rec.changed(PILOT_CASE.ID, false);
            if (tx.update(PILOT_CASE).set(rec).where(PILOT_CASE.ID.eq(c.id()).and(PILOT_CASE.VERSION.eq(c.version())))
                    .execute() == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, c.id());
            }
            id = c.id();
            tx.deleteFrom(PILOT_OWNER).where(PILOT_OWNER.CASE_ID.eq(id)).execute();
        }
        int position = 0;
        for (PilotOwner o : c.owners()) {
            tx.insertInto(PILOT_OWNER).set(PILOT_OWNER.CASE_ID, id).set(PILOT_OWNER.PERSON_ID, o.personId())
                    .set(PILOT_OWNER.SHARE, o.share().fraction()).set(PILOT_OWNER.POSITION, position++).execute();
        }
        PilotCase saved = read(tx, PILOT_CASE.ID.eq(id)).get(0);
        audit(tx, now, actor, id, action != null ? action : c.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                AuditDiff.between(before, saved.auditFields()));
        return saved;
    }

    /**
     * Records a step (with an audit row) and bumps the case's version, refusing a stale case; the
     * {@code effect} runs in the same transaction (registration changes the result's IP owners).
     */
    public PilotCase addStep(PilotCase c, StepRecord step, IpOwnersChange change) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            bump(tx, c, step.recordedAt());
            insertStep(tx, c.id(), step);
            apply(tx, c, change, step.recordedBy(), step.recordedAt());
            audit(tx, step.recordedAt(), step.recordedBy(), c.id(), AuditAction.STATUS, List.of(new FieldChange(
                    "step", c.currentStep() == null ? null : c.currentStep().name(),
                    step.step() + " " + step.doneOn() + (step.endsOn() == null ? "" : "~" + step.endsOn())
                            + " " + step.actor())));
            return read(tx, PILOT_CASE.ID.eq(c.id())).get(0);
        });
    }

    /** Takes back the latest step (a correction), with the reason in the audit log. */
    public PilotCase removeLastStep(PilotCase c, String reason, String actor, LocalDateTime now,
                                    IpOwnersChange change) {
        StepRecord last = c.last().orElseThrow();
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            bump(tx, c, now);
            tx.deleteFrom(PILOT_STEP).where(PILOT_STEP.CASE_ID.eq(c.id()).and(PILOT_STEP.STEP.eq(last.step().name())))
                    .execute();
            apply(tx, c, change, actor, now);
            audit(tx, now, actor, c.id(), AuditAction.STATUS, List.of(new FieldChange("step",
                    last.step() + " " + last.doneOn(), "undone: " + reason)));
            return read(tx, PILOT_CASE.ID.eq(c.id())).get(0);
        });
    }

    /** Inserts one step row (also used by the ledger import, inside its own transaction). */
    public static void insertStep(DSLContext tx, long caseId, StepRecord step) {
        tx.insertInto(PILOT_STEP).set(PILOT_STEP.CASE_ID, caseId).set(PILOT_STEP.STEP, step.step().name())
                .set(PILOT_STEP.DONE_ON, step.doneOn()).set(PILOT_STEP.ENDS_ON, step.endsOn())
                .set(PILOT_STEP.ACTOR, step.actor()).set(PILOT_STEP.NOTE, step.note())
                .set(PILOT_STEP.RECORDED_BY, step.recordedBy()).set(PILOT_STEP.RECORDED_AT, step.recordedAt())
                .execute();
    }

    private static void apply(DSLContext tx, PilotCase c, IpOwnersChange change, String actor, LocalDateTime now) {
        if (change == null) {
            return;
        }
        if (change.rememberBefore()) {
            tx.update(PILOT_CASE).set(PILOT_CASE.OWNERS_BEFORE, ipOwners(tx, c.disclosureId()))
                    .where(PILOT_CASE.ID.eq(c.id())).execute();
        }
        setIpOwners(tx, c.disclosureId(), change.owners(), actor, now);
    }

    /** Adds or updates a publicity objection (with an audit row). */
    public PilotCase saveObjection(PilotCase c, PilotObjection o, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            bump(tx, c, now);
            if (o.id() == null) {
                tx.insertInto(PILOT_OBJECTION).set(PILOT_OBJECTION.CASE_ID, c.id())
                        .set(PILOT_OBJECTION.RECEIVED_ON, o.receivedOn()).set(PILOT_OBJECTION.RAISED_BY, o.raisedBy())
                        .set(PILOT_OBJECTION.CONTENT, o.content()).set(PILOT_OBJECTION.HANDLING, o.handling())
                        .set(PILOT_OBJECTION.CLOSED_ON, o.closedOn()).execute();
            } else if (tx.update(PILOT_OBJECTION).set(PILOT_OBJECTION.RECEIVED_ON, o.receivedOn())
                    .set(PILOT_OBJECTION.RAISED_BY, o.raisedBy()).set(PILOT_OBJECTION.CONTENT, o.content())
                    .set(PILOT_OBJECTION.HANDLING, o.handling()).set(PILOT_OBJECTION.CLOSED_ON, o.closedOn())
                    .where(PILOT_OBJECTION.ID.eq(o.id()).and(PILOT_OBJECTION.CASE_ID.eq(c.id()))).execute() == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, c.id());
            }
            audit(tx, now, actor, c.id(), AuditAction.UPDATE, List.of(new FieldChange("objection", null,
                    o.receivedOn() + " " + o.raisedBy() + ": " + o.content()
                            + (o.closedOn() == null ? "" : " — closed " + o.closedOn() + ": " + o.handling()))));
            return read(tx, PILOT_CASE.ID.eq(c.id())).get(0);
        });
    }

    private static void bump(DSLContext tx, PilotCase c, LocalDateTime now) {
        if (tx.update(PILOT_CASE).set(PILOT_CASE.VERSION, c.version() + 1).set(PILOT_CASE.UPDATED_AT, now)
                .where(PILOT_CASE.ID.eq(c.id()).and(PILOT_CASE.VERSION.eq(c.version()))).execute() == 0) {
            throw AuditRepository.staleRecord(tx, ENTITY, c.id());
        }
    }

    private static void audit(DSLContext tx, LocalDateTime at, String actor, long id, AuditAction action,
                              List<FieldChange> changes) {
        AuditRepository.append(tx, new AuditEntry(at, actor, ENTITY, id, action, changes));
    }

    /** The owners text of the result's IP assets (the first one that has any). */
    public static String ipOwners(DSLContext tx, long disclosureId) {
        return tx.select(IP_ASSET.OWNERS).from(IP_ASSET).where(IP_ASSET.DISCLOSURE_ID.eq(disclosureId))
                .and(IP_ASSET.OWNERS.isNotNull()).orderBy(IP_ASSET.ID).limit(1).fetchOptional(IP_ASSET.OWNERS)
                .orElse(null);
    }

    /** Sets the owners text of every IP asset of the result, audited on the result. */
    public static void setIpOwners(DSLContext tx, long disclosureId, String owners, String actor, LocalDateTime now) {
        String before = ipOwners(tx, disclosureId);
        int changed = tx.update(IP_ASSET).set(IP_ASSET.OWNERS, owners).set(IP_ASSET.UPDATED_AT, now)
                .set(IP_ASSET.VERSION, IP_ASSET.VERSION.plus(1))
                .where(IP_ASSET.DISCLOSURE_ID.eq(disclosureId)).execute();
        if (changed > 0) {
            AuditRepository.append(tx, new AuditEntry(now, actor, "disclosure", disclosureId, AuditAction.UPDATE,
                    List.of(new FieldChange("ipOwners", before, owners))));
        }
    }

    public List<PilotAttachment> attachments(long caseId) {
        return dsl.selectFrom(PILOT_ATTACHMENT).where(PILOT_ATTACHMENT.CASE_ID.eq(caseId)).orderBy(PILOT_ATTACHMENT.ID)
                .fetch(r -> new PilotAttachment(r.getId(), r.getCaseId(), PilotStep.valueOf(r.getStep()), r.getFileName(),
                        r.getStoredPath(), r.getSha256(), r.getSizeBytes(), r.getAddedAt(), r.getAddedBy()));
    }

    public Optional<PilotAttachment> attachment(long id) {
        return dsl.selectFrom(PILOT_ATTACHMENT).where(PILOT_ATTACHMENT.ID.eq(id))
                .fetchOptional(r -> new PilotAttachment(r.getId(), r.getCaseId(), PilotStep.valueOf(r.getStep()),
                        r.getFileName(), r.getStoredPath(), r.getSha256(), r.getSizeBytes(), r.getAddedAt(), r.getAddedBy()));
    }

    public PilotAttachment insertAttachment(PilotAttachment a) {
        return dsl.transactionResult(t -> {
            long id = t.dsl().insertInto(PILOT_ATTACHMENT).set(PILOT_ATTACHMENT.CASE_ID, a.caseId())
                    .set(PILOT_ATTACHMENT.STEP, a.step().name()).set(PILOT_ATTACHMENT.FILE_NAME, a.fileName())
                    .set(PILOT_ATTACHMENT.STORED_PATH, a.storedPath()).set(PILOT_ATTACHMENT.SHA256, a.sha256())
                    .set(PILOT_ATTACHMENT.SIZE_BYTES, a.sizeBytes()).set(PILOT_ATTACHMENT.ADDED_AT, a.addedAt())
                    .set(PILOT_ATTACHMENT.ADDED_BY, a.addedBy()).returning(PILOT_ATTACHMENT.ID).fetchOne().getId();
            audit(t.dsl(), a.addedAt(), a.addedBy(), a.caseId(), AuditAction.UPDATE,
                    List.of(new FieldChange("attachment", null, a.step() + " " + a.fileName() + " " + a.sha256())));
            return new PilotAttachment(id, a.caseId(), a.step(), a.fileName(), a.storedPath(), a.sha256(), a.sizeBytes(),
                    a.addedAt(), a.addedBy());
        });
    }

    public boolean deleteAttachment(PilotAttachment a, String actor, LocalDateTime now) {
        return dsl.transactionResult(t -> {
            int n = t.dsl().deleteFrom(PILOT_ATTACHMENT).where(PILOT_ATTACHMENT.ID.eq(a.id())).execute();
            if (n > 0) {
                audit(t.dsl(), now, actor, a.caseId(), AuditAction.UPDATE,
                        List.of(new FieldChange("attachment", a.step() + " " + a.fileName(), null)));
            }
            return n > 0;
        });
    }
}
