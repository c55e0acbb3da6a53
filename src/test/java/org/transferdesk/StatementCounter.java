package org.transferdesk;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements a DSLContext executes (issue 20): tests assert that a read or a command costs a
 * number of statements that does not grow with the rows, never how long it takes.
 */
public final class StatementCounter implements ExecuteListener {
    private final AtomicInteger count = new AtomicInteger();
    private final java.util.List<String> sql = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** {@code dsl} with this counter listening; everything run through the returned context is counted. */
    public DSLContext on(DSLContext dsl) {
        return dsl.configuration().deriveAppending(this).dsl();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        count.incrementAndGet();
        sql.add(ctx.sql());
    }

    /** The SQL of the statements counted, in order (bind values as ?). */
    public java.util.List<String> sql() {
        return java.util.List.copyOf(sql);
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
        sql.clear();
    }
}
