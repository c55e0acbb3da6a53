package org.transferdesk.demo.persistence;

import static org.transferdesk.db.jooq.Tables.APP_META;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.transferdesk.db.jooq.DefaultSchema;

/**
 * The mark of a demo still being made (issue 19). The demo writes its people, results and deals in one transaction
 * but then makes rewards, pilot cases, deadlines and registers through the services, each in transactions of its
 * own; a demo killed among those left a half-made database that {@code demo} refused as "not empty". The mark is set
 * in the first transaction (on a database with no people, results, deals or counterparties) and cleared when the
 * demo is complete, so a database carrying it holds nothing but demo records and a half-made demo can be removed
 * and made again. A database without the mark is never wiped; and the mark goes (the records become the office's)
 * as soon as anything else is saved after the interrupted demo or the clerk declines to make it again (see
 * {@code DemoService.keep}), so records a clerk typed next to a half-made demo are never wiped with it.
 */
final class UnfinishedDemo {
    static final String KEY = "demoInProgress";
    /**
     * Kept by a wipe: what the office may have set before trying the demo (rules, work calendar, report texts),
     * the database's own facts and the schema history. Every other table holds records the demo made.
     */
    private static final Set<String> KEPT = Set.of("app_meta", "policy_setting", "work_calendar_day", "report_year",
            "flyway_schema_history", "audit_log", "audit_chain_head", "app_user");

    private UnfinishedDemo() {
    }

    static boolean isMarked(DSLContext ctx) {
        return ctx.fetchExists(APP_META, APP_META.META_KEY.eq(KEY));
    }

    /** Sets the mark in the demo's first transaction; it remembers where the audit log stood before the demo. */
    static void mark(DSLContext tx) {
        tx.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE).values(KEY, String.valueOf(lastAudit(tx)))
                .execute();
    }

    /** The newest audit row's id (0 for none): every save of a record the wipe removes writes one. */
    static long lastAudit(DSLContext ctx) {
        Long last = ctx.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    static void clear(DSLContext ctx) {
        ctx.deleteFrom(APP_META).where(APP_META.META_KEY.eq(KEY)).execute();
    }

    /**
     * Removes every record of the marked demo, and the mark, in {@code tx}: the caller makes the demo again in the
     * same transaction, so a kill during this leaves the half-made demo as it was.
     */
    static void wipe(DSLContext tx) {
        for (Table<?> table : childrenFirst(DefaultSchema.DEFAULT_SCHEMA.getTables())) {
            tx.deleteFrom(table).execute();
        }
        // issue 22: the audit trail is append-only, so the interrupted demo's history stays (the database refuses to
        // delete it); it tells of records that are gone, which is what happened
        clear(tx);
    }

    /** The demo's tables, each after every table that refers to it, so deleting in this order breaks no key. */
    static List<Table<?>> childrenFirst(List<Table<?>> tables) {
        // views (issue 22) hold no rows of their own; the accounts are the office's, not the demo's
        List<Table<?>> left = new ArrayList<>(tables.stream().filter(t -> !KEPT.contains(t.getName()))
                .filter(t -> t.getTableType() != org.jooq.TableOptions.TableType.VIEW).toList());
        List<Table<?>> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            Table<?> free = left.stream().filter(t -> left.stream().noneMatch(o -> o != t && refersTo(o, t)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + left));
            ordered.add(free);
            left.remove(free);
        }
        return ordered;
    }

    private static boolean refersTo(Table<?> from, Table<?> to) {
        for (ForeignKey<?, ?> fk : from.getReferences()) {
            if (fk.getKey().getTable().getName().equals(to.getName())) {
                return true;
            }
        }
        return false;
    }
}
