package org.transferdesk.people.persistence;

import static org.transferdesk.db.jooq.Tables.DEPARTMENT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditDiff;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Pinyin;
import org.transferdesk.people.Department;

public final class DepartmentRepository {
    public static final String ENTITY = "department";
    private final DSLContext dsl;

    public DepartmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** In pinyin order (the database would order by code point): every picker and list offers them so. */
    public List<Department> findAll() {
        List<Department> all = dsl.selectFrom(DEPARTMENT)
                .fetch(r -> new Department(r.getId(), r.getName(), r.getActive(), r.getVersion()));
        all.sort(Pinyin.by(Department::name));
        return all;
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.NAME.eq(name)
                .and(exceptId == null ? DSL.trueCondition() : DEPARTMENT.ID.ne(exceptId)));
    }

    public Department save(Department d, String actor, LocalDateTime now) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (d.id() == null) {
                long id = tx.insertInto(DEPARTMENT).set(DEPARTMENT.NAME, d.name()).set(DEPARTMENT.ACTIVE, d.active())
                        .returning(DEPARTMENT.ID).fetchOne().getId();
                AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, id, AuditAction.CREATE,
                        AuditDiff.between(Map.of(), fields(d))));
                return new Department(id, d.name(), d.active(), 0);
            }
            Department before = tx.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(d.id()))
                    .fetchOne(r -> new Department(r.getId(), r.getName(), r.getActive(), r.getVersion()));
            int updated = tx.update(DEPARTMENT).set(DEPARTMENT.NAME, d.name()).set(DEPARTMENT.ACTIVE, d.active())
                    .set(DEPARTMENT.VERSION, d.version() + 1).set(DEPARTMENT.UPDATED_AT, now)
                    .where(DEPARTMENT.ID.eq(d.id()).and(DEPARTMENT.VERSION.eq(d.version()))).execute();
            if (updated == 0 || before == null) {
                throw AuditRepository.staleRecord(tx, ENTITY, d.id());
            }
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, d.id(), AuditAction.UPDATE,
                    AuditDiff.between(fields(before), fields(d))));
            return new Department(d.id(), d.name(), d.active(), d.version() + 1);
        });
    }

    /** Inside an import transaction: the id of the named department, created when missing. */
    public static long findOrCreate(DSLContext tx, String name, String actor, LocalDateTime now) {
        Long id = tx.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.NAME.eq(name)).fetchOne(DEPARTMENT.ID);
        if (id != null) {
            return id;
        }
        long created = tx.insertInto(DEPARTMENT).set(DEPARTMENT.NAME, name).returning(DEPARTMENT.ID).fetchOne().getId();
        AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, created, AuditAction.IMPORT,
                AuditDiff.between(Map.of(), Map.of("name", name))));
        return created;
    }

    private static Map<String, Object> fields(Department d) {
        return Map.of("name", d.name(), "active", d.active());
    }
}
