package org.transferdesk.people.persistence;

import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.PERSON_ID_NUMBER;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.PersonIdNumber;
import org.transferdesk.common.Problem;
import org.transferdesk.db.TakenNumbers;
import org.transferdesk.people.IdType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;

public final class PersonRepository {
    public static final String ENTITY = "person";
    private final DSLContext dsl;

    public PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every column but the ID number, which comes through the person_id_number view (issue 22): on the shared
     * database only 财务 and 管理员 may read the column, and everyone reads it there, masked unless they may.
     */
    private SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(READ).select(DEPARTMENT.NAME, PERSON_ID_NUMBER.ID_NUMBER).from(PERSON)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PERSON.DEPARTMENT_ID))
                .leftJoin(PERSON_ID_NUMBER).on(PERSON_ID_NUMBER.PERSON_ID.eq(PERSON.ID));
    }

    private static final List<org.jooq.Field<?>> READ = java.util.Arrays.stream(PERSON.fields())
            .filter(f -> !f.equals(PERSON.ID_NUMBER)).toList();

    private static Person map(Record r) {
        return new Person(r.get(PERSON.ID), r.get(PERSON.STAFF_NO), r.get(PERSON.NAME), r.get(PERSON.DEPARTMENT_ID),
                r.get(DEPARTMENT.NAME), LeaderRole.valueOf(r.get(PERSON.LEADER_ROLE)),
                IdType.valueOf(r.get(PERSON.ID_TYPE)), r.get(PERSON_ID_NUMBER.ID_NUMBER),
                r.get(PERSON.CONTACT), r.get(PERSON.VERSION));
    }

    public List<Person> findAll() {
        return select(dsl).orderBy(PERSON.STAFF_NO).fetch(PersonRepository::map);
    }

    public Optional<Person> findById(long id) {
        return select(dsl).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::map);
    }

    public Optional<Person> findByStaffNo(String staffNo) {
        return select(dsl).where(PERSON.STAFF_NO.eq(staffNo)).fetchOptional(PersonRepository::map);
    }

    /** Staff number or name contains the term; for pickers and the global search. */
    // The JVM's locale on purpose: H2's LOWER() below lower-cases in it too (checked on a Turkish locale, issue 23),
    // and both sides must agree; Locale.ROOT here alone would make "IP" miss "ıp" there.
    @SuppressWarnings("StringCaseLocaleUsage")
    public List<Person> search(String term, int limit) {
        String like = "%" + term.strip().toLowerCase() + "%";
        Condition c = DSL.lower(PERSON.STAFF_NO).like(like).or(DSL.lower(PERSON.NAME).like(like));
        return select(dsl).where(c).orderBy(PERSON.STAFF_NO).limit(limit).fetch(PersonRepository::map);
    }

    /** Imports: the people with these staff numbers, by staff number, in chunks that keep IN lists short. */
    public static Map<String, Person> findByStaffNos(DSLContext ctx, Collection<String> staffNos) {
        List<String> wanted = List.copyOf(staffNos);
        Map<String, Person> found = new HashMap<>();
        PersonRepository reader = new PersonRepository(ctx);
        for (int from = 0; from < wanted.size(); from += 1000) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 1000));
            reader.select(ctx).where(PERSON.STAFF_NO.in(chunk)).forEach(r -> {
                Person p = map(r);
                found.put(p.staffNo(), p);
            });
        }
        return found;
    }

    /** The people with these names (a name may belong to several), by name. */
    public static Map<String, List<Person>> findByNames(DSLContext ctx, Collection<String> names) {
        List<String> wanted = List.copyOf(names);
        Map<String, List<Person>> found = new HashMap<>();
        PersonRepository reader = new PersonRepository(ctx);
        for (int from = 0; from < wanted.size(); from += 1000) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 1000));
            reader.select(ctx).where(PERSON.NAME.in(chunk)).forEach(r -> {
                Person p = map(r);
                found.computeIfAbsent(p.name(), k -> new java.util.ArrayList<>()).add(p);
            });
        }
        return found;
    }

    public boolean staffNoTaken(String staffNo, Long exceptId) {
        return dsl.fetchExists(PERSON, PERSON.STAFF_NO.eq(staffNo)
                .and(exceptId == null ? DSL.trueCondition() : PERSON.ID.ne(exceptId)));
    }

    public int count() {
        return dsl.fetchCount(PERSON);
    }

    /** Refuses a staff number a colleague saved after the service checked it (issue 21) as the check does. */
    public Person save(Person p, String actor, LocalDateTime now) {
        return TakenNumbers.refuseTaken(
                () -> dsl.transactionResult(c -> save(c.dsl(), p, actor, now, p.id() == null ? AuditAction.CREATE
                        : AuditAction.UPDATE)),
                () -> p.staffNo() != null && staffNoTaken(p.staffNo(), p.id()),
                () -> Problem.error("validation.staffNo.taken", "staffNo", p.staffNo()));
    }

    /** Inside the caller's transaction (imports); returns the saved person with its id and version. */
    public static Person save(DSLContext tx, Person p, String actor, LocalDateTime now, AuditAction action) {
        if (p.id() == null) {
            long id = tx.insertInto(PERSON)
                    .set(PERSON.STAFF_NO, p.staffNo()).set(PERSON.NAME, p.name())
                    .set(PERSON.DEPARTMENT_ID, p.departmentId()).set(PERSON.LEADER_ROLE, p.leaderRole().name())
                    .set(PERSON.ID_TYPE, p.idType().name()).set(PERSON.ID_NUMBER, p.idNumber()).set(PERSON.CONTACT, p.contact())
                    .returning(PERSON.ID).fetchOne().getId();
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id, action,
                    AuditDiff.between(Map.of(), p.auditFields())));
            return new Person(id, p.staffNo(), p.name(), p.departmentId(), p.departmentName(), p.leaderRole(),
                    p.idType(), p.idNumber(), p.contact(), 0);
        }
        Person before = new PersonRepository(tx).findById(p.id()).orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, p.id()));
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(PERSON.STAFF_NO, p.staffNo());
        values.put(PERSON.NAME, p.name());
        values.put(PERSON.DEPARTMENT_ID, p.departmentId());
        values.put(PERSON.LEADER_ROLE, p.leaderRole().name());
        values.put(PERSON.ID_TYPE, p.idType().name());
        if (!PersonIdNumber.isMasked(p.idNumber())) {
            // a masked number (a role that may not read it, issue 22) is the stored one unchanged: left as it is
            values.put(PERSON.ID_NUMBER, p.idNumber());
        }
        values.put(PERSON.CONTACT, p.contact());
        values.put(PERSON.VERSION, p.version() + 1);
        values.put(PERSON.UPDATED_AT, now);
        int updated = tx.update(PERSON).set(values)
                .where(PERSON.ID.eq(p.id()).and(PERSON.VERSION.eq(p.version()))).execute();
        if (updated == 0) {
            throw AuditRepository.staleRecord(tx, ENTITY, p.id());
        }
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, p.id(), action,
                AuditDiff.between(before.auditFields(), p.auditFields())));
        return new Person(p.id(), p.staffNo(), p.name(), p.departmentId(), p.departmentName(), p.leaderRole(),
                p.idType(), p.idNumber(), p.contact(), p.version() + 1);
    }
}
