package org.transferdesk.due.persistence;

import static org.transferdesk.db.jooq.Tables.DUE_DONE;
import static org.transferdesk.db.jooq.Tables.POLICY_SETTING;

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

    /**
     * Every office setting with its date of effect, in a fixed order: the incremental due list compares it
     * to know when the rules its items were derived under changed (a new fee schedule, reminder levels, unit
     * profile), whichever screen changed them.
     */
    public List<String> settingsStamp() {
        return dsl.select(POLICY_SETTING.SETTING_KEY, POLICY_SETTING.EFFECTIVE_FROM, POLICY_SETTING.SETTING_VALUE)
                .from(POLICY_SETTING).orderBy(POLICY_SETTING.SETTING_KEY, POLICY_SETTING.EFFECTIVE_FROM)
                .fetch(r -> r.value1() + "|" + r.value2() + "|" + r.value3());
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
