package org.transferdesk.db;

import static org.transferdesk.db.jooq.Tables.APP_META;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Facts about the database itself kept in {@code app_meta}. The day it was created is written once, with the
 * application's clock, instead of being read from a timestamp the database writes from the wall clock
 * (Flyway's {@code installed_on}): tests and the app then agree on "today" whatever the machine's date.
 */
public final class AppMeta {
    static final String CREATED_ON = "createdOn";
    /** The day {@link DatabaseCompactor} last compacted the file (issue 20). */
    static final String COMPACTED_ON = "compactedOn";
    /**
     * Set by a large import (issue 20): the file grew by many times its new data, so the next exit compacts it even
     * if it was compacted earlier that day; {@link DatabaseCompactor} clears it.
     */
    static final String COMPACTION_DUE = "compactionDue";

    private AppMeta() {
    }

    /**
     * Records the day the database was created, if not recorded yet: {@code today} for a database this open
     * created; for one created by a version that did not record it, the day its first migration ran.
     */
    public static void recordCreatedOn(Database database, LocalDate today) {
        DSLContext dsl = database.dsl();
        if (createdOn(dsl).isPresent()) {
            return;
        }
        LocalDate day = database.createdByThisOpen() ? today : firstMigration(dsl).orElse(today);
        dsl.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE).values(CREATED_ON, day.toString())
                .onDuplicateKeyIgnore().execute();
    }

    /** The first administrator of a shared database: the login that set it up ({@code db init}, issue 21). */
    static final String ADMINISTRATOR = "administrator";

    static void recordAdministrator(Database database) {
        DSLContext dsl = database.dsl();
        String login = dsl.select(DSL.currentUser()).fetchOne(0, String.class);
        dsl.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE).values(ADMINISTRATOR, login)
                .onDuplicateKeyIgnore().execute();
    }

    /** The shared database's first administrator, if it was set up by {@code db init}. */
    public static Optional<String> administrator(DSLContext dsl) {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(ADMINISTRATOR))
                .fetchOptional(APP_META.META_VALUE);
    }

    /** The recorded day of creation, if any. */
    public static Optional<LocalDate> createdOn(DSLContext dsl) {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(CREATED_ON))
                .fetchOptional(APP_META.META_VALUE).map(LocalDate::parse);
    }

    /** The day the database file was last compacted, if ever. */
    public static Optional<LocalDate> compactedOn(DSLContext dsl) {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(COMPACTED_ON))
                .fetchOptional(APP_META.META_VALUE).map(LocalDate::parse);
    }

    /** Marks, inside the caller's transaction, that the file should be compacted at the next chance. */
    public static void markCompactionDue(DSLContext tx) {
        tx.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE).values(COMPACTION_DUE, "true")
                .onDuplicateKeyIgnore().execute();
    }

    /** Whether a large import asked for a compaction that has not run since. */
    public static boolean compactionDue(DSLContext dsl) {
        return dsl.fetchExists(APP_META, APP_META.META_KEY.eq(COMPACTION_DUE));
    }

    private static Optional<LocalDate> firstMigration(DSLContext dsl) {
        LocalDateTime first = dsl.select(DSL.min(DSL.field(DSL.name("installed_on"), LocalDateTime.class)))
                .from(DSL.table(DSL.name("flyway_schema_history"))).fetchOne(0, LocalDateTime.class);
        return Optional.ofNullable(first).map(LocalDateTime::toLocalDate);
    }
}
