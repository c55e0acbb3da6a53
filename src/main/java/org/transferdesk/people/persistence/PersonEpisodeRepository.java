package org.transferdesk.people.persistence;

import static org.transferdesk.db.jooq.Tables.DEPARTMENT;
import static org.transferdesk.db.jooq.Tables.PERSON;
import static org.transferdesk.db.jooq.Tables.PERSON_EPISODE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.people.EpisodeKind;
import org.transferdesk.people.EpisodeRow;
import org.transferdesk.people.PersonEpisode;

/**
 * 兼职 / 离岗创业 of people. Changes are audited on the person (field {@value #AUDIT_FIELD}), so they
 * show in the person's history next to the person's own changes.
 */
public final class PersonEpisodeRepository {
    public static final String ENTITY = "person_episode";
    public static final String AUDIT_FIELD = "episode";
    private final DSLContext dsl;

    public PersonEpisodeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static PersonEpisode map(Record r) {
        return new PersonEpisode(r.get(PERSON_EPISODE.ID), r.get(PERSON_EPISODE.PERSON_ID),
                EpisodeKind.valueOf(r.get(PERSON_EPISODE.KIND)), r.get(PERSON_EPISODE.COMPANY),
                r.get(PERSON_EPISODE.STARTS_ON), r.get(PERSON_EPISODE.ENDS_ON), r.get(PERSON_EPISODE.EXTENDED_TO),
                r.get(PERSON_EPISODE.APPROVAL_REF), r.get(PERSON_EPISODE.NOTE));
    }

    public List<PersonEpisode> byPerson(long personId) {
        return dsl.selectFrom(PERSON_EPISODE).where(PERSON_EPISODE.PERSON_ID.eq(personId))
                .orderBy(PERSON_EPISODE.STARTS_ON, PERSON_EPISODE.ID).fetch(PersonEpisodeRepository::map);
    }

    public Optional<PersonEpisode> findById(long id) {
        return dsl.selectFrom(PERSON_EPISODE).where(PERSON_EPISODE.ID.eq(id))
                .fetchOptional(PersonEpisodeRepository::map);
    }

    /** Everyone's episodes with the person's staff number, name and department, by staff number and start. */
    public List<EpisodeRow> all() {
        return dsl.select(PERSON_EPISODE.fields()).select(PERSON.STAFF_NO, PERSON.NAME, DEPARTMENT.NAME)
                .from(PERSON_EPISODE)
                .join(PERSON).on(PERSON.ID.eq(PERSON_EPISODE.PERSON_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PERSON.DEPARTMENT_ID))
                .orderBy(PERSON.STAFF_NO, PERSON_EPISODE.STARTS_ON, PERSON_EPISODE.ID)
                .fetch(r -> new EpisodeRow(map(r), r.get(PERSON.STAFF_NO), r.get(PERSON.NAME), r.get(DEPARTMENT.NAME)));
    }

    /**
     * For the report (R-REPORT-MORE): the full-time staff of the technology-transfer office in {@code year}, one
     * row per person (their first such time covering a day of the year), by staff number.
     */
    public List<EpisodeRow> ttoStaffInYear(int year) {
        var end = DSL.coalesce(PERSON_EPISODE.EXTENDED_TO, PERSON_EPISODE.ENDS_ON);
        Map<Long, EpisodeRow> byPerson = new LinkedHashMap<>();
        dsl.select(PERSON_EPISODE.fields()).select(PERSON.STAFF_NO, PERSON.NAME, DEPARTMENT.NAME)
                .from(PERSON_EPISODE)
                .join(PERSON).on(PERSON.ID.eq(PERSON_EPISODE.PERSON_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PERSON.DEPARTMENT_ID))
                .where(PERSON_EPISODE.KIND.eq(EpisodeKind.TTO_STAFF.name()))
                .and(PERSON_EPISODE.STARTS_ON.le(LocalDate.of(year, 12, 31)))
                .and(end.isNull().or(end.ge(LocalDate.of(year, 1, 1))))
                .orderBy(PERSON.STAFF_NO, PERSON_EPISODE.STARTS_ON, PERSON_EPISODE.ID)
                .forEach(r -> byPerson.putIfAbsent(r.get(PERSON_EPISODE.PERSON_ID),
                        new EpisodeRow(map(r), r.get(PERSON.STAFF_NO), r.get(PERSON.NAME), r.get(DEPARTMENT.NAME))));
        return List.copyOf(byPerson.values());
    }

    /** How many people were full-time technology-transfer staff at some time in {@code year} (R-REPORT-MORE). */
    public int ttoStaffCount(int year) {
        return ttoStaffInYear(year).size();
    }

    public PersonEpisode insert(PersonEpisode e, String actor, LocalDateTime now) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            long id = tx.insertInto(PERSON_EPISODE)
                    .set(PERSON_EPISODE.PERSON_ID, e.personId()).set(PERSON_EPISODE.KIND, e.kind().name())
                    .set(PERSON_EPISODE.COMPANY, e.company()).set(PERSON_EPISODE.STARTS_ON, e.startsOn())
                    .set(PERSON_EPISODE.ENDS_ON, e.endsOn()).set(PERSON_EPISODE.EXTENDED_TO, e.extendedTo())
                    .set(PERSON_EPISODE.APPROVAL_REF, e.approvalRef()).set(PERSON_EPISODE.NOTE, e.note())
                    .returning(PERSON_EPISODE.ID).fetchOne().getId();
            audit(tx, e.personId(), null, e.auditText(), actor, now);
            return e.withId(id);
        });
    }

    /** Updates by id; an episode never moves to another person. */
    public PersonEpisode update(PersonEpisode e, String actor, LocalDateTime now) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            PersonEpisode before = new PersonEpisodeRepository(tx).findById(e.id())
                    .filter(b -> b.personId() == e.personId())
                    .orElseThrow(() -> AuditRepository.staleRecord(tx, ENTITY, e.id()));
            tx.update(PERSON_EPISODE)
                    .set(PERSON_EPISODE.KIND, e.kind().name())
                    .set(PERSON_EPISODE.COMPANY, e.company()).set(PERSON_EPISODE.STARTS_ON, e.startsOn())
                    .set(PERSON_EPISODE.ENDS_ON, e.endsOn()).set(PERSON_EPISODE.EXTENDED_TO, e.extendedTo())
                    .set(PERSON_EPISODE.APPROVAL_REF, e.approvalRef()).set(PERSON_EPISODE.NOTE, e.note())
                    .where(PERSON_EPISODE.ID.eq(e.id())).execute();
            audit(tx, e.personId(), before.auditText(), e.auditText(), actor, now);
            return e;
        });
    }

    /** Deletes the episode if it is still there; returns whether it was. */
    public boolean delete(long id, String actor, LocalDateTime now) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Optional<PersonEpisode> before = new PersonEpisodeRepository(tx).findById(id);
            if (before.isEmpty()) {
                return false;
            }
            tx.deleteFrom(PERSON_EPISODE).where(PERSON_EPISODE.ID.eq(id)).execute();
            audit(tx, before.get().personId(), before.get().auditText(), null, actor, now);
            return true;
        });
    }

    private static void audit(DSLContext tx, long personId, String before, String after, String actor,
                              LocalDateTime now) {
        if (before != null && before.equals(after)) {
            return;
        }
        AuditRepository.append(tx, new AuditEntry(now, actor, PersonRepository.ENTITY, personId, AuditAction.UPDATE,
                List.of(new FieldChange(AUDIT_FIELD, before, after))));
    }
}
