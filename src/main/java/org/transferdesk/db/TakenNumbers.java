package org.transferdesk.db;

import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;

/**
 * A number the clerk typed or accepted (a result number, a contract number, a staff number) is checked before the
 * save, but on a shared database (issue 21) a colleague may save the same number between that check and this save.
 * The unique key then refuses the second save; the clerk should read the same "number taken" message the check
 * gives, not an SQL error.
 */
public final class TakenNumbers {
    /** SQLState of a unique-key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private TakenNumbers() {
    }

    /**
     * Runs {@code save} (one whole transaction); when it fails on a unique key and {@code takenNow}, asked after that
     * transaction ended, finds the number in another record, refuses with {@code problem} instead. Any other failure
     * is rethrown as it is.
     */
    public static <T> T refuseTaken(Supplier<T> save, BooleanSupplier takenNow, Supplier<Problem> problem) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (uniqueViolation(e) && takenNow.getAsBoolean()) {
                ValidationException refusal = new ValidationException(List.of(problem.get()));
                refusal.addSuppressed(e);
                throw refusal;
            }
            throw e;
        }
    }

    static boolean uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
