package org.transferdesk.db;

import static org.transferdesk.db.jooq.Tables.TAKEN_NUMBER;

import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    /**
     * Whether a record other than {@code exceptId} (null: any) holds {@code number} of {@code kind} in the
     * taken_number view: everyone's numbers, also those of records the connected role may not read (issue 22).
     */
    public static boolean taken(DSLContext dsl, String kind, String number, Long exceptId) {
        return dsl.fetchExists(TAKEN_NUMBER, TAKEN_NUMBER.KIND.eq(kind).and(TAKEN_NUMBER.NUMBER.eq(number))
                .and(exceptId == null ? DSL.trueCondition() : TAKEN_NUMBER.RECORD_ID.ne(exceptId)));
    }

    /** Every number of {@code kind} in the taken_number view, also those of records the role may not read. */
    public static List<String> numbers(DSLContext dsl, String kind) {
        return dsl.select(TAKEN_NUMBER.NUMBER).from(TAKEN_NUMBER).where(TAKEN_NUMBER.KIND.eq(kind))
                .fetch(TAKEN_NUMBER.NUMBER);
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
