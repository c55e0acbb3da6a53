package org.transferdesk.ledger.persistence;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * (A copy of the demo writer's, which is private to its package.) One prepared INSERT executed as JDBC batches of {@code size} rows: the fast way to write many rows
 * with jOOQ (one statement, many bind sets) on H2 and PostgreSQL alike.
 */
final class BatchInserter {
    private final DSLContext tx;
    private final Table<?> table;
    private final Field<?>[] fields;
    private final int size;
    private BatchBindStep batch;
    private int pending;

    BatchInserter(DSLContext tx, int size, Table<?> table, Field<?>... fields) {
        this.tx = tx;
        this.table = table;
        this.fields = fields;
        this.size = size;
        this.batch = fresh();
    }

    private BatchBindStep fresh() {
        return tx.batch(tx.insertInto(table).columns(fields).values(new Object[fields.length]));
    }

    void add(Object... values) {
        batch = batch.bind(values);
        if (++pending == size) {
            flush();
        }
    }

    void flush() {
        if (pending > 0) {
            batch.execute();
            pending = 0;
            batch = fresh();
        }
    }
}
