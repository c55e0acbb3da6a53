package org.transferdesk.demo.persistence;

import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE_STATUS_CHANGE;
import static org.transferdesk.db.jooq.Tables.INVENTOR;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.demo.DemoData;
import org.transferdesk.demo.DemoSummary;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.StatusChange;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Department;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Writes generated demo data in one transaction with batched inserts (fast enough for 100,000 results),
 * with one IMPORT audit row per created department, person and result, like a ledger import. Results
 * are written in chunks of 2,000 so progress moves and a cancel takes effect between chunks;
 * a cancel or any failure rolls everything back.
 */
public final class DemoWriter {
    private static final int CHUNK = 2_000;

    private final DSLContext dsl;

    public DemoWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** No people and no results (departments alone do not count: demo data reuses them by name). */
    public boolean isEmpty() {
        return isEmpty(dsl);
    }

    private static boolean isEmpty(DSLContext ctx) {
        return !ctx.fetchExists(PERSON) && !ctx.fetchExists(DISCLOSURE);
    }

    public DemoSummary write(DemoData data, String actor, LocalDateTime now, ProgressSink progress) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            // Checked again inside the transaction: someone may have added records since the caller looked.
            if (!isEmpty(tx)) {
                throw new UserFacingException("demo.notEmpty");
            }
            long total = (long) data.people().size() + data.disclosures().size();
            DemoAuditWriter audit = new DemoAuditWriter(tx, actor, now, CHUNK);
            Map<String, Long> departments = departments(tx, data.departments(), audit);
            Map<Long, Long> people = people(tx, data.people(), departments, audit);
            progress.progress(data.people().size(), total, I18n.t("demo.progress.writing"));
            progress.checkCancelled();
            List<Disclosure> results = data.disclosures();
            for (int from = 0; from < results.size(); from += CHUNK) {
                List<Disclosure> chunk = results.subList(from, Math.min(from + CHUNK, results.size()));
                writeResults(tx, chunk, departments, people, actor, audit);
                progress.progress(data.people().size() + from + chunk.size(), total, I18n.t("demo.progress.writing"));
                progress.checkCancelled();
            }
            audit.flush();
            progress.checkCancelled();
            return data.summary();
        });
    }

    /** Name → id, creating the departments that do not exist yet. */
    private static Map<String, Long> departments(DSLContext tx, List<Department> wanted, DemoAuditWriter audit) {
        Map<String, Long> ids = new HashMap<>(tx.select(DEPARTMENT.NAME, DEPARTMENT.ID).from(DEPARTMENT)
                .fetchMap(DEPARTMENT.NAME, DEPARTMENT.ID));
        BatchInserter insert = new BatchInserter(tx, CHUNK, DEPARTMENT, DEPARTMENT.NAME, DEPARTMENT.ACTIVE);
        List<Department> missing = wanted.stream().filter(d -> !ids.containsKey(d.name())).toList();
        missing.forEach(d -> insert.add(d.name(), d.active()));
        insert.flush();
        ids.putAll(tx.select(DEPARTMENT.NAME, DEPARTMENT.ID).from(DEPARTMENT).fetchMap(DEPARTMENT.NAME, DEPARTMENT.ID));
        for (Department d : missing) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", d.name());
            fields.put("active", d.active());
            audit.created(DepartmentRepository.ENTITY, ids.get(d.name()), fields);
        }
        return ids;
    }

    /** Provisional person id → database id. The table was empty, so every staff number is new. */
    private static Map<Long, Long> people(DSLContext tx, List<Person> people, Map<String, Long> departments,
                                          DemoAuditWriter audit) {
        BatchInserter insert = new BatchInserter(tx, CHUNK, PERSON, PERSON.STAFF_NO, PERSON.NAME,
                PERSON.DEPARTMENT_ID, PERSON.LEADER_ROLE, PERSON.ID_NUMBER, PERSON.CONTACT);
        for (Person p : people) {
            insert.add(p.staffNo(), p.name(), departments.get(p.departmentName()), p.leaderRole().name(),
                    p.idNumber(), p.contact());
        }
        insert.flush();
        Map<String, Long> byStaffNo = tx.select(PERSON.STAFF_NO, PERSON.ID).from(PERSON)
                .fetchMap(PERSON.STAFF_NO, PERSON.ID);
        Map<Long, Long> ids = new HashMap<>();
        for (Person p : people) {
            long id = byStaffNo.get(p.staffNo());
            ids.put(p.id(), id);
            audit.created(PersonRepository.ENTITY, id, p.auditFields());
        }
        return ids;
    }

    private static void writeResults(DSLContext tx, List<Disclosure> chunk, Map<String, Long> departments,
                                     Map<Long, Long> people, String actor, DemoAuditWriter audit) {
        long highestIdBefore = tx.select(DSL.coalesce(DSL.max(DISCLOSURE.ID), 0L)).from(DISCLOSURE).fetchOne().value1();
        BatchInserter insert = new BatchInserter(tx, CHUNK, DISCLOSURE, DISCLOSURE.RESULT_NO, DISCLOSURE.TITLE,
                DISCLOSURE.DISCLOSED_ON, DISCLOSURE.DEPARTMENT_ID, DISCLOSURE.RESULT_TYPE, DISCLOSURE.FUNDING_SOURCE,
                DISCLOSURE.PROJECT_NUMBERS, DISCLOSURE.TECHNICAL_FIELD, DISCLOSURE.ABSTRACT_TEXT,
                DISCLOSURE.CONFIDENTIAL, DISCLOSURE.STATUS, DISCLOSURE.EVAL_SCIENTIFIC, DISCLOSURE.EVAL_TECHNICAL,
                DISCLOSURE.EVAL_ECONOMIC, DISCLOSURE.EVAL_SOCIAL, DISCLOSURE.EVAL_RECOMMENDATION, DISCLOSURE.EVAL_NOTES);
        for (Disclosure d : chunk) {
            Evaluation e = d.evaluation();
            insert.add(d.resultNo(), d.title(), d.disclosedOn(), departments.get(d.departmentName()),
                    name(d.resultType()), name(d.funding()), d.projectNumbers(), d.technicalField(), d.abstractText(),
                    d.confidential(), d.status().name(), e.scientific(), e.technical(), e.economic(), e.social(),
                    name(e.recommendation()), e.notes());
        }
        insert.flush();
        // Identity values only grow, so this chunk's rows are above the highest id seen before it; a range
        // scan on the primary key is far cheaper than an IN list of 2,000 result numbers.
        Map<String, Long> ids = tx.select(DISCLOSURE.RESULT_NO, DISCLOSURE.ID).from(DISCLOSURE)
                .where(DISCLOSURE.ID.gt(highestIdBefore)).fetchMap(DISCLOSURE.RESULT_NO, DISCLOSURE.ID);
        BatchInserter inventors = new BatchInserter(tx, CHUNK, INVENTOR, INVENTOR.DISCLOSURE_ID, INVENTOR.PERSON_ID,
                INVENTOR.SHARE, INVENTOR.KEY_CONTRIBUTOR, INVENTOR.POSITION);
        BatchInserter history = new BatchInserter(tx, CHUNK, DISCLOSURE_STATUS_CHANGE,
                DISCLOSURE_STATUS_CHANGE.DISCLOSURE_ID, DISCLOSURE_STATUS_CHANGE.FROM_STATUS,
                DISCLOSURE_STATUS_CHANGE.TO_STATUS, DISCLOSURE_STATUS_CHANGE.CHANGED_ON,
                DISCLOSURE_STATUS_CHANGE.REASON, DISCLOSURE_STATUS_CHANGE.CHANGED_BY);
        BatchInserter ip = new BatchInserter(tx, CHUNK, IP_ASSET, IP_ASSET.DISCLOSURE_ID, IP_ASSET.IP_TYPE,
                IP_ASSET.APPLICATION_NO, IP_ASSET.TITLE, IP_ASSET.FILED_ON, IP_ASSET.GRANTED_ON, IP_ASSET.STATUS,
                IP_ASSET.OWNERS);
        for (Disclosure d : chunk) {
            long id = ids.get(d.resultNo());
            int position = 0;
            for (Inventor inv : d.inventors()) {
                inventors.add(id, people.get(inv.personId()), inv.share().fraction(), inv.keyContributor(), position++);
            }
            // Inserted oldest first: the repository reads a history back in id order.
            for (StatusChange s : d.history()) {
                history.add(id, name(s.from()), s.to().name(), s.on(), s.reason(), s.by() == null ? actor : s.by());
            }
            for (IpAsset a : d.ipAssets()) {
                ip.add(id, a.type().name(), a.applicationNo(), a.title(), a.filedOn(), a.grantedOn(), a.status().name(),
                        a.owners());
            }
            audit.created(DisclosureRepository.ENTITY, id, identity(d));
        }
        inventors.flush();
        history.flush();
        ip.flush();
    }

    /**
     * What a result's creation row records: the fields that identify it, under the names
     * {@link Disclosure#auditFields()} uses. Not the whole record: the record itself holds the content,
     * later edits are diffed against the record, and full copies would make the audit log ten times the
     * size of the results (about 120 million characters for 100,000 results).
     */
    private static Map<String, Object> identity(Disclosure d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("resultNo", d.resultNo());
        fields.put("title", d.title());
        fields.put("disclosedOn", d.disclosedOn());
        fields.put("department", d.departmentName());
        fields.put("status", d.status());
        return fields;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
