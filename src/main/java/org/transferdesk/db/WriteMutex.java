package org.transferdesk.db;

import static org.transferdesk.db.jooq.Tables.APP_META;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * One writer at a time across processes (issue 19): two imports sharing new department names in two processes on
 * one data folder collided on the department's unique name and the loser gave up after H2's one-second lock
 * timeout. A writer that changes many rows takes this lock first, in its own transaction; the second one waits
 * until the first commits or rolls back, then sees its departments. The lock goes with the transaction, so a
 * killed process holds nothing.
 */
public final class WriteMutex {
    static final String KEY = "writeMutex";
    /** How long an ordinary statement waits for a row another transaction holds, in milliseconds. */
    static final long STATEMENT_WAIT_MILLIS = 10_000;
    /** A bulk writer may wait behind a 100,000-row import; a clerk would rather wait than run it again. */
    static final Duration BULK_WAIT = Duration.ofMinutes(10);

    private WriteMutex() {
    }

    /**
     * Takes the lock in {@code tx}'s transaction, waiting as long as {@link #bulkWait()}; when the wait runs out,
     * the SQL error becomes {@code error.databaseBusy} through {@link WriteFailures}.
     */
    public static void take(DSLContext tx) {
        take(tx, bulkWait());
    }

    static void take(DSLContext tx, Duration wait) {
        if (tx.family() == SQLDialect.POSTGRES) {
            // PostgreSQL: SET LOCAL ends with the transaction, so nothing to set back; as the wait is this statement's
            // only, the writer's own statements then keep the session's ordinary lock_timeout
            tx.execute("SET LOCAL lock_timeout = " + wait.toMillis());
            lockRow(tx);
            tx.execute("SET LOCAL lock_timeout = " + STATEMENT_WAIT_MILLIS);
            return;
        }
        // H2's lock timeout is per session and does not end the transaction; set back right after the wait, so the
        // writer's own statements keep the ordinary timeout (the pooled session outlives this transaction)
        tx.execute("SET LOCK_TIMEOUT " + wait.toMillis());
        try {
            lockRow(tx);
        } finally {
            tx.execute("SET LOCK_TIMEOUT " + STATEMENT_WAIT_MILLIS);
        }
    }

    private static void lockRow(DSLContext tx) {
        tx.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(KEY)).forUpdate().fetch();
    }

    /** {@link #BULK_WAIT}, or the seconds of the system property {@code transferdesk.writeWaitSeconds} (tests). */
    static Duration bulkWait() {
        Integer seconds = Integer.getInteger("transferdesk.writeWaitSeconds");
        return seconds == null ? BULK_WAIT : Duration.ofSeconds(seconds);
    }
}
