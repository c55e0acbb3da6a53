package org.transferdesk.due.persistence;

import static org.transferdesk.db.jooq.Tables.DUE_DONE;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.transferdesk.db.AppMeta;
import org.transferdesk.due.DoneMark;

/** The reminders marked done (待办已办). */
public final class DueRepository {
    private final DSLContext dsl;

    public DueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The day the database was created as recorded with the app's clock ({@link AppMeta}), or {@code fallback}. */
    public java.time.LocalDate createdOn(java.time.LocalDate fallback) {
        return AppMeta.createdOn(dsl).orElse(fallback);
    }

    public Set<String> doneKeys() {
        return dsl.select(DUE_DONE.ITEM_KEY).from(DUE_DONE).fetchSet(DUE_DONE.ITEM_KEY).stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<DoneMark> all() {
        return dsl.selectFrom(DUE_DONE).orderBy(DUE_DONE.DONE_AT.desc()).fetch()
                .map(r -> new DoneMark(r.getItemKey(), r.getDoneOn(), r.getDoneBy(), r.getDoneAt(), r.getNote()));
    }

    /** Records the mark; marking an item done twice keeps the first mark. */
    public boolean insert(DoneMark m) {
        return dsl.insertInto(DUE_DONE).set(DUE_DONE.ITEM_KEY, m.key()).set(DUE_DONE.DONE_ON, m.doneOn())
                .set(DUE_DONE.DONE_BY, m.doneBy()).set(DUE_DONE.DONE_AT, m.doneAt()).set(DUE_DONE.NOTE, m.note())
                .onDuplicateKeyIgnore().execute() == 1;
    }

    public boolean delete(String key) {
        return dsl.deleteFrom(DUE_DONE).where(DUE_DONE.ITEM_KEY.eq(key)).execute() == 1;
    }
}
