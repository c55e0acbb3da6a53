package org.transferdesk.db;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.transferdesk.common.NotPermittedException;
import org.transferdesk.common.Role;
import org.transferdesk.common.UserFacingException;

/**
 * What a clerk is told when another process got in the way of a write (issue 19): a second TransferDesk held the
 * rows too long, or the TransferDesk that hosted the database (auto-server) exited in the middle of a transaction.
 * In both cases the transaction was rolled back, so nothing of it was written and running the command again is
 * safe. H2 reports both with error codes that are not in SQLState's standard classes, hence the codes; PostgreSQL
 * with standard SQLStates.
 */
public final class WriteFailures {
    /** H2: "Timeout trying to lock table" (also a row lock in MVStore). */
    static final int LOCK_TIMEOUT = 50200;
    /** H2: "Deadlock detected". */
    static final int DEADLOCK = 40001;
    /** H2: "Connection is broken" (the auto-server's host exited). */
    static final int CONNECTION_BROKEN = 90067;
    /** H2: "Database is already closed" / "called at shutdown" as a client sees its host go. */
    static final int DATABASE_CLOSED = 90098;
    static final int CALLED_AT_SHUTDOWN = 90121;

    private WriteFailures() {
    }

    /**
     * The clerk's message for {@code failure} when an SQL error in its causes is one of the above, with the SQL
     * error as the cause (whoever shows the message logs it: CliErrors, ErrorHandler).
     */
    public static Optional<UserFacingException> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                return Optional.of(new NotPermittedException(refusedFor(sql.getMessage()), failure));
            }
            if (t instanceof SQLException sql) {
                Optional<String> key = keyOf(sql);
                if (key.isPresent()) {
                    return Optional.of(new UserFacingException(key.get(), new Object[0], failure));
                }
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL: a GRANT, a row-level security policy or one of V22's triggers refused the connected login. */
    static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final java.util.regex.Pattern REFUSED_FOR = java.util.regex.Pattern.compile("TD-ROLE:([A-Z,]+)");

    /**
     * The roles V22's triggers name in a refusal ("TD-ROLE:LEADER,ADMIN …"); none for a plain "permission denied",
     * whose table name alone would not tell a clerk who may.
     */
    static List<Role> refusedFor(String message) {
        java.util.regex.Matcher m = REFUSED_FOR.matcher(String.valueOf(message));
        if (m.find()) {
            return java.util.Arrays.stream(m.group(1).split(",")).map(Role::ofName).flatMap(Optional::stream).toList();
        }
        java.util.regex.Matcher table = DENIED_TABLE.matcher(String.valueOf(message));
        return table.find() ? writers.getOrDefault(table.group(1), List.of()) : List.of();
    }

    /** PostgreSQL's own refusal of a write for want of a GRANT names the table alone. */
    private static final java.util.regex.Pattern DENIED_TABLE =
            java.util.regex.Pattern.compile("permission denied for (?:table|relation) \"?([a-z_0-9]+)");
    private static volatile java.util.Map<String, List<Role>> writers = java.util.Map.of();

    /**
     * Who may write each table, as the shared database's GRANTs say (read once at sign-in, issue 22): a plain
     * "permission denied for table person" then names the roles that may, like V22's own refusals do.
     */
    public static void knowWriters(java.util.Map<String, List<Role>> byTable) {
        writers = java.util.Map.copyOf(byTable);
    }

    /** How often a bulk writer runs its transaction when the host keeps going away (each attempt rolled back). */
    static final int ATTEMPTS = 5;

    /**
     * Runs {@code transaction} (one whole transaction, nothing written outside it) again when the connection broke
     * under it (issue 19): a second writer's session runs in the process that opened the database first, and when
     * that one finishes its own import and exits, the second's transaction is rolled back half-way. The next attempt
     * reconnects (H2's AUTO_RECONNECT, this process becoming the host) and, behind the write mutex, sees what the
     * first one wrote. Had the commit itself gone through before the break, the attempt meets the unique keys
     * (staff numbers, one live distribution per receipt) and is refused: nothing is written twice.
     */
    public static <T> T retryWhenHostLeft(Supplier<T> transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !hostLeft(e)) {
                    throw e;
                }
                LoggerFactory.getLogger(WriteFailures.class).warn("The database's host went away; attempt {} of {}",
                        attempt + 1, ATTEMPTS, e);
                pause(attempt);
            }
        }
    }

    /**
     * Gives an exiting host time to close its database before the next attempt: while it shuts down, a client's
     * new session is refused at once ("called at shutdown"), and back-to-back attempts would all meet that moment.
     */
    static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean hostLeft(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "error.databaseConnectionLost".equals(keyOf(sql).orElse(null))) {
                return true;
            }
        }
        return false;
    }

    /**
     * H2 tells these failures by its error codes; PostgreSQL by the standard SQLState (issue 21): a lock not granted in
     * time, a deadlock or a serialization failure is a busy database; a connection failure (class 08) or a server
     * shutting down is a lost connection.
     */
    static Optional<String> keyOf(SQLException e) {
        Optional<String> h2 = keyOf(e.getErrorCode());
        if (h2.isPresent()) {
            return h2;
        }
        String state = e.getSQLState();
        if (state == null) {
            return Optional.empty();
        }
        if (List.of("55P03", "40P01", "40001").contains(state)) {
            return Optional.of("error.databaseBusy");
        }
        if (state.startsWith("08") || List.of("57P01", "57P02", "57P03").contains(state)) {
            return Optional.of("error.databaseConnectionLost");
        }
        return Optional.empty();
    }

    static Optional<String> keyOf(int errorCode) {
        return switch (errorCode) {
            case LOCK_TIMEOUT, DEADLOCK -> Optional.of("error.databaseBusy");
            case CONNECTION_BROKEN, DATABASE_CLOSED, CALLED_AT_SHUTDOWN -> Optional.of("error.databaseConnectionLost");
            default -> Optional.empty();
        };
    }
}
