package org.transferdesk.disclosure.persistence;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.transferdesk.db.jooq.Tables.APP_USER;
import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE_STATUS_CHANGE;
import static org.transferdesk.db.jooq.Tables.INVENTOR;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.TAKEN_NUMBER;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.db.TakenNumbers;
import org.transferdesk.db.jooq.tables.records.DisclosureRecord;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.Recommendation;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;

/** Saves a result with its inventors and IP in one transaction, with its audit row. */
public final class DisclosureRepository {
    public static final String ENTITY = "disclosure";

    private final DSLContext dsl;

    public DisclosureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static final Field<List<Inventor>> INVENTORS = multiset(
            select(INVENTOR.PERSON_ID, PERSON.STAFF_NO, PERSON.NAME, INVENTOR.SHARE, INVENTOR.KEY_CONTRIBUTOR)
                    .from(INVENTOR).join(PERSON).on(PERSON.ID.eq(INVENTOR.PERSON_ID))
                    .where(INVENTOR.DISCLOSURE_ID.eq(DISCLOSURE.ID)).orderBy(INVENTOR.POSITION))
            .convertFrom(r -> r.map(x -> new Inventor(x.value1(), x.value2(), x.value3(), new Percent(x.value4()),
                    x.value5())));

    private static final Field<List<IpAsset>> IP_ASSETS = multiset(
            select(IP_ASSET.ID, IP_ASSET.IP_TYPE, IP_ASSET.APPLICATION_NO, IP_ASSET.TITLE, IP_ASSET.FILED_ON,
                    IP_ASSET.GRANTED_ON, IP_ASSET.STATUS, IP_ASSET.OWNERS)
                    .from(IP_ASSET).where(IP_ASSET.DISCLOSURE_ID.eq(DISCLOSURE.ID)).orderBy(IP_ASSET.ID))
            .convertFrom(r -> r.map(x -> new IpAsset(x.value1(), IpType.valueOf(x.value2()), x.value3(), x.value4(),
                    x.value5(), x.value6(), IpStatus.valueOf(x.value7()), x.value8())));

    private static final Field<List<StatusChange>> HISTORY = multiset(
            select(DISCLOSURE_STATUS_CHANGE.FROM_STATUS, DISCLOSURE_STATUS_CHANGE.TO_STATUS,
                    DISCLOSURE_STATUS_CHANGE.CHANGED_ON, DISCLOSURE_STATUS_CHANGE.REASON,
                    DISCLOSURE_STATUS_CHANGE.CHANGED_BY)
                    .from(DISCLOSURE_STATUS_CHANGE).where(DISCLOSURE_STATUS_CHANGE.DISCLOSURE_ID.eq(DISCLOSURE.ID))
                    .orderBy(DISCLOSURE_STATUS_CHANGE.ID))
            .convertFrom(r -> r.map(x -> new StatusChange(x.value1() == null ? null : ResultStatus.valueOf(x.value1()),
                    ResultStatus.valueOf(x.value2()), x.value3(), x.value4(), x.value5())));

    public Optional<Disclosure> findById(long id) {
        return findById(dsl, id);
    }

    static Optional<Disclosure> findById(DSLContext ctx, long id) {
        return ctx.select(DISCLOSURE.asterisk(), DEPARTMENT.NAME, APP_USER.DISPLAY_NAME, INVENTORS, IP_ASSETS, HISTORY)
                .from(DISCLOSURE).leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .leftJoin(APP_USER).on(APP_USER.LOGIN.eq(DISCLOSURE.MANAGER_LOGIN))
                .where(DISCLOSURE.ID.eq(id))
                .fetchOptional(r -> toDisclosure(r.into(DISCLOSURE), r.get(DEPARTMENT.NAME),
                        managerName(r.get(DISCLOSURE.MANAGER_LOGIN), r.get(APP_USER.DISPLAY_NAME)), r.get(INVENTORS),
                        r.get(IP_ASSETS), r.get(HISTORY)));
    }

    public Optional<Long> idOfResultNo(String resultNo) {
        return dsl.select(DISCLOSURE.ID).from(DISCLOSURE).where(DISCLOSURE.RESULT_NO.eq(resultNo))
                .fetchOptional(DISCLOSURE.ID);
    }

    /** 经办人 as the lists and the editor show it: the account's name, the bare login when no account has it. */
    private static String managerName(String login, String displayName) {
        return displayName != null ? displayName : login;
    }

    private static Disclosure toDisclosure(DisclosureRecord d, String department, String managerName,
                                           List<Inventor> inventors, List<IpAsset> ip, List<StatusChange> history) {
        Evaluation eval = new Evaluation(d.getEvalScientific(), d.getEvalTechnical(), d.getEvalEconomic(),
                d.getEvalSocial(), d.getEvalRecommendation() == null ? null
                : Recommendation.valueOf(d.getEvalRecommendation()), d.getEvalNotes());
        return DisclosureBuilder.disclosure().status(ResultStatus.valueOf(d.getStatus())).id(d.getId())
                .resultNo(d.getResultNo()).title(d.getTitle()).disclosedOn(d.getDisclosedOn())
                .departmentId(d.getDepartmentId()).departmentName(department)
                .resultType(d.getResultType() == null ? null : ResultType.valueOf(d.getResultType()))
                .funding(d.getFundingSource() == null ? null : FundingSource.valueOf(d.getFundingSource()))
                .projectNumbers(d.getProjectNumbers()).technicalField(d.getTechnicalField())
                .abstractText(d.getAbstractText()).confidential(d.getConfidential()).evaluation(eval)
                .inventors(inventors).ipAssets(ip).history(history).managerLogin(d.getManagerLogin())
                .managerName(managerName).version(d.getVersion()).build();
    }

    /** The results' numbers in the taken_number view. */
    private static final String KIND = "disclosure";

    public boolean resultNoTaken(String resultNo, Long exceptId) {
        return TakenNumbers.taken(dsl, KIND, resultNo, exceptId);
    }

    /** The highest NNNN used in {@code R-YYYY-NNNN} numbers of that year, 0 when none. */
    public int highestSequence(int year) {
        String prefix = "R-" + year + "-";
        List<String> numbers = dsl.select(TAKEN_NUMBER.NUMBER).from(TAKEN_NUMBER)
                .where(TAKEN_NUMBER.KIND.eq(KIND).and(TAKEN_NUMBER.NUMBER.like(prefix + "%"))).fetch(TAKEN_NUMBER.NUMBER);
        int max = 0;
        for (String n : numbers) {
            String tail = n.substring(prefix.length());
            if (tail.matches("\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(tail));
            }
        }
        return max;
    }

    public int count() {
        return dsl.fetchCount(DISCLOSURE);
    }

    /**
     * Refuses a result number a colleague saved after the service checked it (issue 21) as the check does: the number
     * is a suggestion the clerk may change, so it is not taken again silently behind their back.
     */
    public Disclosure save(Disclosure d, String actor, LocalDateTime now) {
        return TakenNumbers.refuseTaken(
                () -> dsl.transactionResult(c -> save(c.dsl(), d, actor, now, d.isNew() ? AuditAction.CREATE : AuditAction.UPDATE)),
                () -> d.resultNo() != null && resultNoTaken(d.resultNo(), d.id()),
                () -> Problem.error("validation.resultNo.taken", "resultNo", d.resultNo()));
    }

    /** Within the caller's transaction (the import uses one transaction for the whole workbook). */
    public static Disclosure save(DSLContext tx, Disclosure d, String actor, LocalDateTime now, AuditAction action) {
        Map<String, Object> before = Map.of();
        long id;
        int version;
        if (d.isNew()) {
            DisclosureRecord rec = tx.newRecord(DISCLOSURE);
            fill(rec, d);
            rec.setStatus(d.status().name());
            rec.store();
            id = rec.getId();
            version = 0;
            tx.insertInto(DISCLOSURE_STATUS_CHANGE)
                    .set(DISCLOSURE_STATUS_CHANGE.DISCLOSURE_ID, id)
                    .set(DISCLOSURE_STATUS_CHANGE.TO_STATUS, d.status().name())
                    .set(DISCLOSURE_STATUS_CHANGE.CHANGED_ON, d.disclosedOn())
                    .set(DISCLOSURE_STATUS_CHANGE.REASON, "-")
                    .set(DISCLOSURE_STATUS_CHANGE.CHANGED_BY, actor).execute();
        } else {
            Disclosure old = findById(tx, d.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, d.id()));
            before = old.auditFields();
            DisclosureRecord rec = tx.newRecord(DISCLOSURE);
            fill(rec, d);
            rec.setVersion(d.version() + 1);
            rec.setUpdatedAt(now);
            rec.changed(DISCLOSURE.ID, false);
            int updated = tx.update(DISCLOSURE).set(rec)
                    .where(DISCLOSURE.ID.eq(d.id()).and(DISCLOSURE.VERSION.eq(d.version()))).execute();
            if (updated == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, d.id());
            }
            id = d.id();
            version = d.version() + 1;
            tx.deleteFrom(INVENTOR).where(INVENTOR.DISCLOSURE_ID.eq(id)).execute();
            replaceIp(tx, id, d.ipAssets());
        }
        int position = 0;
        for (Inventor inv : d.inventors()) {
            tx.insertInto(INVENTOR)
                    .set(INVENTOR.DISCLOSURE_ID, id).set(INVENTOR.PERSON_ID, inv.personId())
                    .set(INVENTOR.SHARE, inv.share().fraction()).set(INVENTOR.KEY_CONTRIBUTOR, inv.keyContributor())
                    .set(INVENTOR.POSITION, position++).execute();
        }
        if (d.isNew()) {
            for (IpAsset ip : d.ipAssets()) {
                insertIp(tx, id, ip);
            }
        }
        Disclosure saved = findById(tx, id).orElseThrow();
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id, action,
                AuditDiff.between(before, saved.auditFields())));
        return saved.withId(id, version);
    }

    /** Keeps IP rows that are still there (their ids stay stable for later modules), adds and removes the rest. */
    private static void replaceIp(DSLContext tx, long disclosureId, List<IpAsset> assets) {
        List<Long> keep = assets.stream().map(IpAsset::id).filter(x -> x != null).toList();
        tx.deleteFrom(IP_ASSET).where(IP_ASSET.DISCLOSURE_ID.eq(disclosureId)
                .and(keep.isEmpty() ? DSL.trueCondition() : IP_ASSET.ID.notIn(keep))).execute();
        for (IpAsset ip : assets) {
            if (ip.id() == null) {
                insertIp(tx, disclosureId, ip);
            } else {
                tx.update(IP_ASSET).set(IP_ASSET.IP_TYPE, ip.type().name()).set(IP_ASSET.APPLICATION_NO, ip.applicationNo())
                        .set(IP_ASSET.TITLE, ip.title()).set(IP_ASSET.FILED_ON, ip.filedOn())
                        .set(IP_ASSET.GRANTED_ON, ip.grantedOn()).set(IP_ASSET.STATUS, ip.status().name())
                        .set(IP_ASSET.OWNERS, ip.owners()).set(IP_ASSET.VERSION, IP_ASSET.VERSION.plus(1))
                        .where(IP_ASSET.ID.eq(ip.id()).and(IP_ASSET.DISCLOSURE_ID.eq(disclosureId))).execute();
            }
        }
    }

    public static void insertIp(DSLContext tx, long disclosureId, IpAsset ip) {
        tx.insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, disclosureId).set(IP_ASSET.IP_TYPE, ip.type().name())
                .set(IP_ASSET.APPLICATION_NO, ip.applicationNo()).set(IP_ASSET.TITLE, ip.title())
                .set(IP_ASSET.FILED_ON, ip.filedOn()).set(IP_ASSET.GRANTED_ON, ip.grantedOn())
                .set(IP_ASSET.STATUS, ip.status().name()).set(IP_ASSET.OWNERS, ip.owners()).execute();
    }

    private static void fill(DisclosureRecord rec, Disclosure d) {
        rec.setResultNo(d.resultNo());
        rec.setTitle(d.title());
        rec.setDisclosedOn(d.disclosedOn());
        rec.setDepartmentId(d.departmentId());
        rec.setResultType(d.resultType() == null ? null : d.resultType().name());
        rec.setFundingSource(d.funding() == null ? null : d.funding().name());
        rec.setProjectNumbers(d.projectNumbers());
        rec.setTechnicalField(d.technicalField());
        rec.setAbstractText(d.abstractText());
        rec.setConfidential(d.confidential());
        rec.setManagerLogin(d.managerLogin());
        Evaluation e = d.evaluation();
        rec.setEvalScientific(e.scientific());
        rec.setEvalTechnical(e.technical());
        rec.setEvalEconomic(e.economic());
        rec.setEvalSocial(e.social());
        rec.setEvalRecommendation(e.recommendation() == null ? null : e.recommendation().name());
        rec.setEvalNotes(e.notes());
    }

    /** Records a dated status transition and moves the result to it, checking the version. */
    public Disclosure changeStatus(long id, int version, StatusChange change, String actor, LocalDateTime now) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            int updated = tx.update(DISCLOSURE).set(DISCLOSURE.STATUS, change.to().name())
                    .set(DISCLOSURE.VERSION, version + 1).set(DISCLOSURE.UPDATED_AT, now)
                    .where(DISCLOSURE.ID.eq(id).and(DISCLOSURE.VERSION.eq(version))).execute();
            if (updated == 0) {
                throw AuditRepository.staleRecord(tx, ENTITY, id);
            }
            tx.insertInto(DISCLOSURE_STATUS_CHANGE)
                    .set(DISCLOSURE_STATUS_CHANGE.DISCLOSURE_ID, id)
                    .set(DISCLOSURE_STATUS_CHANGE.FROM_STATUS, change.from().name())
                    .set(DISCLOSURE_STATUS_CHANGE.TO_STATUS, change.to().name())
                    .set(DISCLOSURE_STATUS_CHANGE.CHANGED_ON, change.on())
                    .set(DISCLOSURE_STATUS_CHANGE.REASON, change.reason())
                    .set(DISCLOSURE_STATUS_CHANGE.CHANGED_BY, actor).execute();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id, AuditAction.STATUS, List.of(
                    new org.transferdesk.audit.FieldChange("status", change.from().name(), change.to().name()),
                    new org.transferdesk.audit.FieldChange("statusReason", null, change.on() + " " + change.reason()))));
            return findById(tx, id).orElseThrow();
        });
    }

    /**
     * Streams every result as list rows, newest first, in chunks: the list shows the first chunk while
     * the rest loads. Children are fetched per chunk by id range, not per row.
     */
    public void streamSummaries(int chunkSize, Consumer<List<DisclosureSummary>> sink) {
        streamSummaries(chunkSize, chunkSize, sink);
    }

    /**
     * As {@link #streamSummaries(int, Consumer)} with a first chunk of its own size: a list shows a screenful from a
     * small first chunk while the rest comes in big ones (issue 20: fewer, larger reads for the bulk).
     */
    public void streamSummaries(int firstChunk, int chunkSize, Consumer<List<DisclosureSummary>> sink) {
        Long upper = dsl.select(DSL.max(DISCLOSURE.ID)).from(DISCLOSURE).fetchOne(0, Long.class);
        int limit = firstChunk;
        while (upper != null) {
            Result<? extends Record> rows = dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE,
                            DISCLOSURE.DISCLOSED_ON, DEPARTMENT.NAME, DISCLOSURE.RESULT_TYPE, DISCLOSURE.FUNDING_SOURCE,
                            DISCLOSURE.STATUS, DISCLOSURE.CONFIDENTIAL, DISCLOSURE.MANAGER_LOGIN, APP_USER.DISPLAY_NAME)
                    .from(DISCLOSURE).leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                    .leftJoin(APP_USER).on(APP_USER.LOGIN.eq(DISCLOSURE.MANAGER_LOGIN))
                    .where(DISCLOSURE.ID.le(upper)).orderBy(DISCLOSURE.ID.desc()).limit(limit).fetch();
            if (rows.isEmpty()) {
                return;
            }
            long low = rows.get(rows.size() - 1).get(DISCLOSURE.ID);
            Map<Long, StringBuilder> names = new HashMap<>();
            dsl.select(INVENTOR.DISCLOSURE_ID, PERSON.NAME).from(INVENTOR).join(PERSON).on(PERSON.ID.eq(INVENTOR.PERSON_ID))
                    .where(INVENTOR.DISCLOSURE_ID.between(low, upper)).orderBy(INVENTOR.DISCLOSURE_ID, INVENTOR.POSITION)
                    .forEach(r -> append(names, r.value1(), r.value2()));
            Map<Long, StringBuilder> numbers = new HashMap<>();
            dsl.select(IP_ASSET.DISCLOSURE_ID, IP_ASSET.APPLICATION_NO).from(IP_ASSET)
                    .where(IP_ASSET.DISCLOSURE_ID.between(low, upper).and(IP_ASSET.APPLICATION_NO.isNotNull()))
                    .forEach(r -> append(numbers, r.value1(), r.value2()));
            List<DisclosureSummary> chunk = new ArrayList<>(rows.size());
            for (Record r : rows) {
                long id = r.get(DISCLOSURE.ID);
                String type = r.get(DISCLOSURE.RESULT_TYPE);
                String funding = r.get(DISCLOSURE.FUNDING_SOURCE);
                chunk.add(DisclosureSummary.of(id, r.get(DISCLOSURE.RESULT_NO), r.get(DISCLOSURE.TITLE),
                        r.get(DISCLOSURE.DISCLOSED_ON), r.get(DEPARTMENT.NAME),
                        type == null ? null : ResultType.valueOf(type),
                        funding == null ? null : FundingSource.valueOf(funding),
                        ResultStatus.valueOf(r.get(DISCLOSURE.STATUS)), text(names.get(id)), text(numbers.get(id)),
                        r.get(DISCLOSURE.CONFIDENTIAL),
                        managerName(r.get(DISCLOSURE.MANAGER_LOGIN), r.get(APP_USER.DISPLAY_NAME))));
            }
            sink.accept(chunk);
            upper = rows.size() < limit ? null : low - 1;
            limit = chunkSize;
        }
    }

    private static void append(Map<Long, StringBuilder> map, Long key, String value) {
        StringBuilder sb = map.computeIfAbsent(key, k -> new StringBuilder());
        if (!sb.isEmpty()) {
            sb.append("、");
        }
        sb.append(value);
    }

    private static String text(StringBuilder sb) {
        return sb == null ? "" : sb.toString();
    }

    /** The results {@code personId} is an inventor of, newest first (the person editor's results tab). */
    public List<org.transferdesk.people.PersonResultRow> findByInventor(long personId) {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE, DISCLOSURE.DISCLOSED_ON,
                        INVENTOR.SHARE, INVENTOR.KEY_CONTRIBUTOR, DISCLOSURE.STATUS)
                .from(INVENTOR).join(DISCLOSURE).on(DISCLOSURE.ID.eq(INVENTOR.DISCLOSURE_ID))
                .where(INVENTOR.PERSON_ID.eq(personId))
                .orderBy(DISCLOSURE.DISCLOSED_ON.desc(), DISCLOSURE.ID.desc())
                .fetch(r -> new org.transferdesk.people.PersonResultRow(r.value1(), r.value2(), r.value3(),
                        r.value4(), new Percent(r.value5()), r.value6(), ResultStatus.valueOf(r.value7())));
    }

    /** Person id → number of results they are an inventor of, in one grouped query (the people list). */
    public Map<Long, Integer> countByInventor() {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(INVENTOR.PERSON_ID, DSL.count()).from(INVENTOR).groupBy(INVENTOR.PERSON_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}
