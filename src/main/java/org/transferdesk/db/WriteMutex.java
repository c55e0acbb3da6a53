package org.transferdesk.db;

import static org.transferdesk.db.jooq.Tables.APP_META;
import static org.transferdesk.db.jooq.Tables.APP_USER;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;

/**
 * One writer at a time across processes (issue 19): two imports sharing new department names in two processes on
 * one data folder collided on the department's unique name and the loser gave up after H2's one-second lock
 * timeout. A writer that changes many rows takes this lock first, in its own transaction; the second one waits
 * until the first commits or rolls back, then sees its departments. The lock goes with the transaction, so a
 * killed process holds nothing.
 * <p>
 * With several staff on one shared database (issue 21) a clerk whose wait ran out is told what holds the lock, by
 * whom and since when: each holder notes itself in a second {@code app_meta} row right after it got the lock. The note
 * is written outside the holder's transaction, on another connection, because what that transaction writes stays
 * invisible to the waiters until it commits; a finished holder's note simply stays until the next holder's.
 */
public final class WriteMutex {
    static final String KEY = "writeMutex";
    /** Who holds {@link #KEY} and since when: "work key TAB who TAB since". */
    static final String HOLDER_KEY = "writeMutexHolder";
    /** How long an ordinary statement waits for a row another transaction holds, in milliseconds. */
    static final long STATEMENT_WAIT_MILLIS = 10_000;
    /** A bulk writer may wait behind a 100,000-row import; a clerk would rather wait than run it again. */
    static final Duration BULK_WAIT = Duration.ofMinutes(10);
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** {@code app_meta.meta_value}'s width. */
    private static final int NOTE_WIDTH = 255;

    /**
     * What holds the lock: {@code work}, a bundle key naming the kind of change for the waiter's clerk (e.g.
     * {@link #IMPORT}), {@code who} ({@code Actor.current()}), {@code since} from the application's clock.
     */
    public record Holder(String work, String who, LocalDateTime since) {
    }

    public static final String IMPORT = "writeMutex.work.import";
    public static final String DISTRIBUTE = "writeMutex.work.distribute";
    public static final String CALENDAR = "writeMutex.work.calendar";
    public static final String SETTINGS = "writeMutex.work.settings";
    public static final String DEMO = "writeMutex.work.demo";
    public static final String NEW_PILOT_CASE = "writeMutex.work.newPilotCase";

    private WriteMutex() {
    }

    /**
     * Takes the lock in {@code tx}'s transaction, waiting as long as {@link #bulkWait()}, and notes {@code holder}
     * through {@code outside} (the database's own context, not a transaction's). When the wait runs out, the clerk is
     * told {@code error.writeMutexBusy} naming the holder (or {@code error.databaseBusy} when none was noted).
     */
    public static void take(DSLContext outside, DSLContext tx, Holder holder) {
        take(outside, tx, holder, bulkWait());
    }

    static void take(DSLContext outside, DSLContext tx, Holder holder, Duration wait) {
        try {
            take(tx, wait);
        } catch (DataAccessException e) {
            throw busy(outside, e).orElseThrow(() -> e);
        }
        note(outside, holder);
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

    /**
     * The note is a courtesy to whoever waits: failing to write it (the server busy, the value refused) must not
     * fail the import that holds the lock.
     */
    private static void note(DSLContext outside, Holder holder) {
        String value = holder.work() + "\t" + holder.who().replace('\t', ' ') + "\t" + holder.since();
        if (value.length() > NOTE_WIDTH) {
            return;
        }
        try {
            outside.insertInto(APP_META, APP_META.META_KEY, APP_META.META_VALUE).values(HOLDER_KEY, value)
                    .onDuplicateKeyUpdate().set(APP_META.META_VALUE, value).execute();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WriteMutex.class).warn("Could not note the write lock's holder", e);
        }
    }

    /** The holder last noted, if any. */
    static Optional<Holder> holder(DSLContext outside) {
        return outside.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(HOLDER_KEY))
                .fetchOptional(APP_META.META_VALUE).flatMap(WriteMutex::parse)
                .map(h -> new Holder(h.work(), nameOf(outside, h.who()), h.since()));
    }

    /** The holder by name (issue 22: the account's name; the login where no account has it). */
    private static String nameOf(DSLContext outside, String login) {
        try {
            return outside.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                    .fetchOptional(APP_USER.DISPLAY_NAME).orElse(login);
        } catch (RuntimeException e) {
            return login; // the courtesy of a name must not hide the message it is part of
        }
    }

    private static Optional<Holder> parse(String note) {
        String[] parts = note.split("\t", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Holder(parts[0], parts[1], LocalDateTime.parse(parts[2])));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code error.writeMutexBusy} naming the noted holder when {@code failure} is a wait that ran out; empty for any
     * other failure. Without a note, {@link WriteFailures}' generic message.
     */
    private static Optional<UserFacingException> busy(DSLContext outside, DataAccessException failure) {
        Optional<UserFacingException> explained = WriteFailures.explain(failure)
                .filter(u -> u.key().equals("error.databaseBusy"));
        if (explained.isEmpty()) {
            return explained;
        }
        Optional<Holder> holder;
        try {
            holder = holder(outside);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            return explained;
        }
        return Optional.of(holder.map(h -> new UserFacingException("error.writeMutexBusy",
                        new Object[] {I18n.t(h.work()), h.who(), SINCE.format(h.since())}, failure))
                .orElse(explained.get()));
    }

    /** {@link #BULK_WAIT}, or the seconds of the system property {@code transferdesk.writeWaitSeconds} (tests). */
    static Duration bulkWait() {
        Integer seconds = Integer.getInteger("transferdesk.writeWaitSeconds");
        return seconds == null ? BULK_WAIT : Duration.ofSeconds(seconds);
    }
}
