package org.transferdesk.db;

import static org.transferdesk.db.jooq.Tables.ATTACHMENT;
import static org.transferdesk.db.jooq.Tables.DEAL;
import static org.transferdesk.db.jooq.Tables.DISCLOSURE;
import static org.transferdesk.db.jooq.Tables.PILOT_ATTACHMENT;
import static org.transferdesk.db.jooq.Tables.RECEIPT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.jooq.DefaultSchema;

/**
 * Copies every table of the schema, row for row and id for id, from one database into another migrated to the same
 * version (issue 21: an office moving its H2 file to the shared PostgreSQL server). The target's rows, i.e. what its
 * migrations seeded, are replaced, so the copy is the source exactly. Runs in the target's one transaction: a failure
 * leaves the target as it was.
 */
public final class TableCopy {
    private static final int BATCH = 1_000;
    private static final String AUDIT_LOG = "audit_log";

    private TableCopy() {
    }

    /** The schema's tables, each after every table it references (parents first). */
    public static List<Table<?>> tablesInOrder() {
        // views (person_id_number, issue 22) are made by the migrations and hold nothing of their own
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> t.getTableType() != org.jooq.TableOptions.TableType.VIEW).toList());
        tables.sort(Comparator.comparing(Table::getName));
        Set<Table<?>> done = new LinkedHashSet<>();
        while (done.size() < tables.size()) {
            boolean progressed = false;
            for (Table<?> t : tables) {
                if (!done.contains(t) && t.getReferences().stream().map(ForeignKey::getKey)
                        .map(k -> k.getTable()).allMatch(p -> p.equals(t) || done.contains(p))) {
                    done.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("the schema's references form a cycle");
            }
        }
        return List.copyOf(done);
    }

    /**
     * Copies every table's rows from {@code source} into {@code target} (one transaction), replacing the target's
     * own; returns each table's row count as copied.
     */
    public static Map<String, Long> copy(Database source, Database target, ProgressSink progress) {
        List<Table<?>> tables = tablesInOrder();
        DSLContext from = quoted(source.dsl());
        return target.dsl().transactionResult(c -> {
            DSLContext tx = quoted(c.dsl());
            for (int i = tables.size() - 1; i >= 0; i--) {
                tx.deleteFrom(tables.get(i)).execute();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            int done = 0;
            for (Table<?> table : tables) {
                progress.progress(done++, tables.size(), table.getName());
                counts.put(table.getName(), copyTable(from, tx, table));
                if (target.vendor() == DbVendor.POSTGRESQL) {
                    restartIdentity(tx, table);
                }
            }
            return counts;
        });
    }

    /**
     * Every name quoted: a generic statement names every column, and some (work_calendar_day.day) are keywords to H2
     * unquoted; all names are lower case on both databases, so quoting them changes nothing else.
     */
    private static DSLContext quoted(DSLContext dsl) {
        return dsl.configuration().derive(new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS)
                .withExecuteLogging(false)).dsl();
    }

    private static <R extends Record> long copyTable(DSLContext from, DSLContext to, Table<R> table) {
        List<Field<?>> fields = new ArrayList<>(List.of(table.fields()));
        long rows = 0;
        Field<?> order = table.getPrimaryKey() == null ? fields.get(0) : table.getPrimaryKey().getFields().get(0);
        if (table.getName().equals(AUDIT_LOG)) {
            // issue 22: the target's chain trigger gives each row its place and hashes again; copied in the source's
            // chain order with the same content (origin included: a vendor column the jOOQ classes do not know),
            // the copy's chain is the source's, hash for hash
            fields.add(DSL.field(DSL.name("origin"), String.class));
            order = DSL.field(DSL.name("seq"), Long.class);
        }
        try (Cursor<Record> cursor = from.select(fields).from(table).orderBy(order).fetchSize(BATCH).fetchLazy()) {
            while (cursor.hasNext()) {
                List<Record> batch = cursor.fetchNext(BATCH);
                var insert = to.insertInto(table).columns(fields);
                for (Record r : batch) {
                    insert = insert.values(r.intoArray());
                }
                insert.execute();
                rows += batch.size();
            }
        }
        return rows;
    }

    /** The next generated id follows the copied ones (ids were copied as they are, past the identity's counter). */
    private static void restartIdentity(DSLContext tx, Table<?> table) {
        for (Field<?> f : table.fields()) {
            if (table.getIdentity() != null && table.getIdentity().getField().equals(f)) {
                tx.execute("select setval(pg_get_serial_sequence({0}, {1}), coalesce((select max({2}) from {3}), 0) + 1,"
                        + " false)", DSL.inline(table.getName()), DSL.inline(f.getName()),
                        DSL.field(DSL.name(f.getName())), DSL.table(DSL.name(table.getName())));
            }
        }
    }

    /** Each table's row count in {@code db}, in {@link #tablesInOrder()}'s order. */
    public static Map<String, Long> counts(Database db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table<?> t : tablesInOrder()) {
            counts.put(t.getName(), (long) quoted(db.dsl()).fetchCount(t));
        }
        return counts;
    }

    /** Drops every table of the schema and Flyway's history from {@code db}: what a failed copy had created. */
    public static void dropSchema(Database db) {
        List<Table<?>> tables = new ArrayList<>(tablesInOrder());
        java.util.Collections.reverse(tables);
        for (Table<?> t : tables) {
            db.dsl().dropTableIfExists(t).cascade().execute();
        }
        db.dsl().dropTableIfExists(DSL.name("flyway_schema_history")).execute();
        db.dsl().dropTableIfExists(DSL.name("attachment_content")).execute();
        db.dsl().dropTableIfExists(DSL.name("audit_chain_head")).execute();
        if (db.vendor() == DbVendor.POSTGRESQL) {
            // the change notifications' trigger function (V17) outlives the tables its triggers were on
            db.dsl().execute("DROP FUNCTION IF EXISTS transferdesk_notify_change() CASCADE");
            // and so do the audit chain's (V19)
            for (String f : List.of("audit_log_chain()", "audit_log_append_only()",
                    "audit_chain_hash(BIGINT, TIMESTAMP, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT)",
                    "audit_chain_field(TEXT)")) {
                db.dsl().execute("DROP FUNCTION IF EXISTS " + f + " CASCADE");
            }
        }
    }

    /** The first and last year with a result, contract or receipt (at least today's year). */
    public static int[] dataYears(Database db, int thisYear) {
        DSLContext dsl = db.dsl();
        LocalDate first = Stream.of(
                        dsl.select(DSL.min(DISCLOSURE.DISCLOSED_ON)).from(DISCLOSURE).fetchOne(0, LocalDate.class),
                        dsl.select(DSL.min(DEAL.SIGNED_ON)).from(DEAL).fetchOne(0, LocalDate.class),
                        dsl.select(DSL.min(RECEIPT.RECEIVED_ON)).from(RECEIPT).fetchOne(0, LocalDate.class))
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(LocalDate.of(thisYear, 1, 1));
        LocalDate last = Stream.of(
                        dsl.select(DSL.max(DEAL.SIGNED_ON)).from(DEAL).fetchOne(0, LocalDate.class),
                        dsl.select(DSL.max(RECEIPT.RECEIVED_ON)).from(RECEIPT).fetchOne(0, LocalDate.class))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(LocalDate.of(thisYear, 1, 1));
        return new int[] {Math.min(first.getYear(), thisYear), Math.max(last.getYear(), thisYear)};
    }


    /** A document a record refers to: where it is kept, its SHA-256 and size as recorded. */
    public record RecordedAttachment(String storedPath, String fileName, String sha256, long sizeBytes) {
    }

    /** Every document the deals' diligence files and the pilot cases refer to. */
    public static List<RecordedAttachment> recordedAttachments(Database db) {
        List<RecordedAttachment> all = new ArrayList<>();
        db.dsl().select(ATTACHMENT.STORED_PATH, ATTACHMENT.FILE_NAME, ATTACHMENT.SHA256, ATTACHMENT.SIZE_BYTES)
                .from(ATTACHMENT).orderBy(ATTACHMENT.ID)
                .forEach(r -> all.add(new RecordedAttachment(r.value1(), r.value2(), r.value3(), r.value4())));
        db.dsl().select(PILOT_ATTACHMENT.STORED_PATH, PILOT_ATTACHMENT.FILE_NAME, PILOT_ATTACHMENT.SHA256,
                        PILOT_ATTACHMENT.SIZE_BYTES).from(PILOT_ATTACHMENT).orderBy(PILOT_ATTACHMENT.ID)
                .forEach(r -> all.add(new RecordedAttachment(r.value1(), r.value2(), r.value3(), r.value4())));
        return all;
    }
}
