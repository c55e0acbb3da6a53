package org.transferdesk.audit.persistence;

import static org.transferdesk.db.jooq.Tables.APP_USER;
import static org.transferdesk.db.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditChain;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.audit.RecordNames;
import org.transferdesk.audit.RecordReference;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.common.StaleRecordException;

/** Writes audit rows inside the caller's transaction and reads a record's history. */
public final class AuditRepository {
    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Appends with the given (transactional) context, so the audit row commits or rolls back with the change. */
    public static void append(DSLContext tx, AuditEntry entry) {
        if (entry.changes().isEmpty() && entry.action() == AuditAction.UPDATE) {
            return;
        }
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, AuditChain.stored(entry.at()))
                .set(AUDIT_LOG.ACTOR, entry.actor())
                .set(AUDIT_LOG.ENTITY, entry.entity())
                .set(AUDIT_LOG.ENTITY_ID, entry.entityId())
                .set(AUDIT_LOG.ACTION, entry.action().name())
                .set(AUDIT_LOG.CHANGES, toJson(entry.changes()))
                .execute();
    }

    /** Appends {@code entry} in a transaction of its own (an event that changes no record: an export). */
    public void appendNow(AuditEntry entry) {
        org.transferdesk.db.WriteFailures.retryWhenHostLeft(() -> dsl.transactionResult(c -> {
            append(c.dsl(), entry);
            return null;
        }));
    }

    /**
     * The refusal of a save that found {@code entity} #{@code entityId} changed (or removed) since it was read, naming
     * the last audited writer and when they wrote (issue 21: several staff on one database). Read inside the caller's
     * transaction: the other writer's audit row committed with its change, so it is there to see. The newest row is
     * the highest id, not the latest time: each PC stamps its rows with its own clock, and writers of one record take
     * their ids one after the other while holding its row.
     */
    public static StaleRecordException staleRecord(DSLContext tx, String entity, long entityId) {
        return tx.select(WHO, AUDIT_LOG.OCCURRED_AT).from(AUDIT_LOG)
                .leftJoin(APP_USER).on(APP_USER.LOGIN.eq(AUDIT_LOG.ACTOR))
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1)
                .fetchOptional(r -> new StaleRecordException(entity, entityId, r.value1(), r.value2()))
                .orElseGet(() -> new StaleRecordException(entity, entityId));
    }

    /**
     * A record's history, newest first, each writer by name (issue 22: the account's name, the login where no
     * account has it). On the shared database the database writes a row of its own for every changed row (V24); those
     * are shown only where the app described nothing of that transaction, i.e. for changes made outside TransferDesk.
     */
    public List<AuditEntry> history(String entity, long entityId) {
        return history(entity, entityId, AuditVocabulary.installed());
    }

    /** {@link #history(String, long)}, its ids named by the records {@code vocabulary} says they refer to. */
    public List<AuditEntry> history(String entity, long entityId, AuditVocabulary vocabulary) {
        var log = AUDIT_LOG.as("log");
        var described = AUDIT_LOG.as("described");
        List<AuditEntry> entries = dsl.select(log.OCCURRED_AT, DSL.coalesce(APP_USER.DISPLAY_NAME, log.ACTOR),
                        log.ENTITY, log.ENTITY_ID,
                        log.ACTION, log.CHANGES, origin("log"))
                .from(log).leftJoin(APP_USER).on(APP_USER.LOGIN.eq(log.ACTOR))
                .where(log.ENTITY.eq(entity).and(log.ENTITY_ID.eq(entityId)))
                .and(origin("log").ne(BY_DATABASE).or(DSL.notExists(DSL.selectOne().from(described)
                        .where(described.TX_ID.eq(log.TX_ID).and(origin("described").ne(BY_DATABASE))))))
                .orderBy(log.OCCURRED_AT.desc(), log.ID.desc())
                .fetch(r -> {
                    boolean byDatabase = BY_DATABASE.equals(r.value7());
                    List<FieldChange> changes = fromJson(r.value6());
                    return new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), AuditAction.valueOf(r.value5()),
                            byDatabase ? changes.stream().map(AuditRepository::asField).toList() : changes, byDatabase);
                });
        RecordNames names = names(entries, vocabulary);
        return names == RecordNames.NONE ? entries : entries.stream().map(e -> e.withNames(names)).toList();
    }

    /**
     * The names of the records the entries' ids refer to, one query a referenced table (issue 24 item 1). The table
     * and columns come from the features' declarations, never from the rows, so no text of a row reaches the SQL.
     */
    private RecordNames names(List<AuditEntry> entries, AuditVocabulary vocabulary) {
        Map<RecordReference, Set<Long>> ids = new LinkedHashMap<>();
        for (AuditEntry e : entries) {
            for (FieldChange c : e.changes()) {
                vocabulary.reference(e.entity(), c.field()).ifPresent(r -> Stream.of(c.before(), c.after())
                        .filter(Objects::nonNull).map(RecordNames::idOf).flatMap(Optional::stream)
                        .forEach(id -> ids.computeIfAbsent(r, k -> new TreeSet<>()).add(id)));
            }
        }
        if (ids.isEmpty()) {
            return RecordNames.NONE;
        }
        Map<String, String> names = new HashMap<>();
        Set<String> tables = new HashSet<>();
        ids.forEach((reference, wanted) -> {
            org.jooq.Field<Long> id = DSL.field(DSL.unquotedName("id"), Long.class);
            List<org.jooq.Field<Object>> columns = reference.nameColumns().stream()
                    .map(c -> DSL.field(DSL.unquotedName(c))).toList();
            dsl.select(id).select(columns).from(DSL.table(DSL.unquotedName(reference.table())))
                    .where(id.in(wanted)).forEach(r -> names.put(RecordNames.key(reference.table(), r.get(id)),
                            columns.stream().map(r::get).filter(Objects::nonNull).map(Object::toString)
                                    .map(String::strip).filter(v -> !v.isEmpty())
                                    .collect(Collectors.joining(" "))));
            tables.add(reference.table());
        });
        return new RecordNames(tables, names);
    }

    /**
     * V19's column of the audit row aliased {@code alias} (vendor scripts only, so not among the generated ones): who
     * wrote the row, the app or the database.
     */
    private static org.jooq.Field<String> origin(String alias) {
        return DSL.field(DSL.name(alias, "origin"), String.class);
    }

    private static final String BY_DATABASE = "DB";
    /** The writer by name: the account's, or the login where no account has it. */
    private static final org.jooq.Field<String> WHO = DSL.coalesce(APP_USER.DISPLAY_NAME, AUDIT_LOG.ACTOR);

    private static FieldChange asField(FieldChange column) {
        return new FieldChange(fieldOfColumn(column.field()), column.before(), column.after());
    }

    /** A column's name as the app's own audit names the field (contract_no → contractNo), so it gets its label. */
    public static String fieldOfColumn(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }

    public int count() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    /**
     * Writes {@code changes} as an audit row's JSON and reads them back, storing nothing: the deal save's rehearsal
     * (issue 20) loads Jackson and builds its serializer and parser of a change list here, which the JVM's first
     * audit row paid for otherwise (about half of the first save's extra time). Returns what was read back.
     */
    public static List<FieldChange> rehearseJson(List<FieldChange> changes) {
        return fromJson(toJson(changes));
    }

    private static String toJson(List<FieldChange> changes) {
        try {
            return Json.MAPPER.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FieldChange> fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, Json.CHANGES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issue 20: the repository is made while the desktop app opens its database, on the way to the first frame;
     * Jackson's 370-odd classes (about 0.2 s on a two-core PC) load with the first audit row instead.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
        };

        private Json() {
        }
    }
}
